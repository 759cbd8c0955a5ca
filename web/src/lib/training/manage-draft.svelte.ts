import type { CreateTrainingProgramInput } from '$lib/graphql/generated/graphql';

export interface ModuleDraft {
  key: number;
  title: string;
  body: string;
}

export interface OptionDraft {
  key: number;
  text: string;
  correct: boolean;
}

export type QuestionDraft =
  | { key: number; kind: 'MULTIPLE_CHOICE'; prompt: string; options: OptionDraft[] }
  | { key: number; kind: 'PRACTICE_CASE'; prompt: string; goldenCaseId: string };

/** The API's bounds on a multiple-choice question. */
export const minOptions = 2;
export const maxOptions = 8;

export interface ProgramProblem {
  /** The input field at fault, as the server's `extensions.field` names it; null for the form. */
  field: string | null;
  message: string;
}

/** A copy of the list with the item at `index` moved one place up (-1) or down (+1). */
function moved<T>(items: readonly T[], index: number, step: -1 | 1): T[] {
  const to = index + step;
  if (to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}

/** A share typed as a whole percentage, or null when the box is empty or not a number. */
function share(percent: number | null | undefined): number | null {
  return typeof percent === 'number' && Number.isFinite(percent) ? percent / 100 : null;
}

function count(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * A program being written. The server checks the rules (pass mark, certification pairs,
 * right options …) and names the field at fault; the draft only refuses what cannot be sent at all.
 */
export class ProgramDraft {
  title = $state('');
  summary = $state('');
  policyCode = $state('');
  /** Typed as a percentage; the API takes a share. */
  passMarkPercent = $state<number | null>(80);
  attemptLimit = $state<number | null>(3);
  certifies = $state(false);
  certificationCode = $state('');
  certificationValidDays = $state<number | null>(365);
  remedial = $state(false);
  remedialThresholdPercent = $state<number | null>(80);
  remedialWindowDays = $state<number | null>(30);
  remedialMinChecked = $state<number | null>(5);
  modules = $state<ModuleDraft[]>([]);
  questions = $state<QuestionDraft[]>([]);

  /** Keys for `{#each}`, so moving an item keeps its textarea (and what is typed in it). */
  private nextKey = 0;

  constructor() {
    this.addModule();
  }

  addModule(): void {
    this.modules.push({ key: this.nextKey++, title: '', body: '' });
  }

  removeModule(index: number): void {
    this.modules.splice(index, 1);
  }

  moveModule(index: number, step: -1 | 1): void {
    this.modules = moved(this.modules, index, step);
  }

  addChoiceQuestion(): void {
    this.questions.push({ key: this.nextKey++, kind: 'MULTIPLE_CHOICE', prompt: '', options: [this.newOption(), this.newOption()] });
  }

  addPracticeQuestion(): void {
    this.questions.push({ key: this.nextKey++, kind: 'PRACTICE_CASE', prompt: '', goldenCaseId: '' });
  }

  removeQuestion(index: number): void {
    this.questions.splice(index, 1);
  }

  moveQuestion(index: number, step: -1 | 1): void {
    this.questions = moved(this.questions, index, step);
  }

  addOption(question: QuestionDraft & { kind: 'MULTIPLE_CHOICE' }): void {
    if (question.options.length < maxOptions) question.options.push(this.newOption());
  }

  removeOption(question: QuestionDraft & { kind: 'MULTIPLE_CHOICE' }, index: number): void {
    if (question.options.length > minOptions) question.options.splice(index, 1);
  }

  private newOption(): OptionDraft {
    return { key: this.nextKey++, text: '', correct: false };
  }

  /** What keeps the draft from being sent at all: numbers left empty. */
  problem(): ProgramProblem | null {
    if (share(this.passMarkPercent) === null) return { field: 'passMark', message: 'Give the pass mark as a percentage.' };
    if (count(this.attemptLimit) === null) return { field: 'attemptLimit', message: 'Give how many attempts are allowed.' };
    if (this.certifies && count(this.certificationValidDays) === null) return { field: 'certificationValidDays', message: 'Give how many days the certification is valid.' };
    if (this.remedial && share(this.remedialThresholdPercent) === null) return { field: 'remedialThreshold', message: 'Give the accuracy below which it is assigned, as a percentage.' };
    return null;
  }

  input(): CreateTrainingProgramInput {
    return {
      title: this.title,
      summary: this.summary,
      policyCode: this.policyCode || null,
      passMark: share(this.passMarkPercent)!,
      attemptLimit: count(this.attemptLimit)!,
      certificationCode: this.certifies ? this.certificationCode.trim() || null : null,
      certificationValidDays: this.certifies ? count(this.certificationValidDays) : null,
      remedialThreshold: this.remedial ? share(this.remedialThresholdPercent) : null,
      remedialWindowDays: this.remedial ? count(this.remedialWindowDays) : null,
      remedialMinChecked: this.remedial ? count(this.remedialMinChecked) : null,
      modules: this.modules.map(({ title, body }) => ({ title, body })),
      questions: this.questions.map((question) =>
        question.kind === 'MULTIPLE_CHOICE'
          ? { kind: question.kind, prompt: question.prompt, options: question.options.map(({ text, correct }) => ({ text, correct })) }
          : { kind: question.kind, prompt: question.prompt, goldenCaseId: question.goldenCaseId || null },
      ),
    };
  }
}
