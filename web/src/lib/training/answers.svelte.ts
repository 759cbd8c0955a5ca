import type {
  AttemptAnswerInput,
  Domain,
  EnforcementAction,
  PracticeFindingInput,
  SubmitTrainingAttemptInput,
  TrainingAttemptFieldsFragment,
  Verdict,
} from '$lib/graphql/generated/graphql';
import { actionsFor } from '$lib/work/actions';

type Question = TrainingAttemptFieldsFragment['questions'][number];

/**
 * A practice case's finding as it is being given: verdict, policies and action only (an
 * assessment grades those against the golden answer; there is no rationale or action parameter).
 */
export class PracticeFindingDraft {
  verdict = $state<Verdict | null>(null);
  policyCodes = $state<string[]>([]);
  action = $state<EnforcementAction>('NO_ACTION');

  readonly domain: Domain;

  constructor(domain: Domain) {
    this.domain = domain;
  }

  get actions(): EnforcementAction[] {
    return actionsFor(this.domain, this.verdict);
  }

  /** As in the workbench, only a violation names policies and takes an action. */
  setVerdict(verdict: Verdict): void {
    this.verdict = verdict;
    if (verdict !== 'VIOLATING') {
      this.policyCodes = [];
      this.action = 'NO_ACTION';
    }
  }

  get answered(): boolean {
    return this.verdict !== null && (this.verdict !== 'VIOLATING' || this.policyCodes.length > 0);
  }

  input(): PracticeFindingInput | null {
    return this.verdict ? { verdict: this.verdict, policyCodes: [...this.policyCodes], action: this.action } : null;
  }
}

/** Everything answered so far in one open attempt, sent once. */
export class AttemptAnswers {
  chosen = $state<Record<string, string[]>>({});
  readonly findings: Record<string, PracticeFindingDraft> = {};
  readonly #questions: readonly Question[];

  constructor(questions: readonly Question[]) {
    this.#questions = questions;
    for (const question of questions) {
      if (question.kind === 'MULTIPLE_CHOICE') this.chosen[question.id] = [];
      else if (question.subject) this.findings[question.id] = new PracticeFindingDraft(question.subject.domain);
    }
  }

  answered(question: Question): boolean {
    return question.kind === 'MULTIPLE_CHOICE' ? (this.chosen[question.id]?.length ?? 0) > 0 : (this.findings[question.id]?.answered ?? false);
  }

  get unanswered(): number {
    return this.#questions.filter((question) => !this.answered(question)).length;
  }

  /** Unanswered questions are left out: the server counts them as wrong. */
  input(attemptId: string): SubmitTrainingAttemptInput {
    return {
      attemptId,
      answers: this.#questions.flatMap((question): AttemptAnswerInput[] => {
        if (question.kind === 'MULTIPLE_CHOICE') {
          const optionIds = this.chosen[question.id] ?? [];
          return optionIds.length ? [{ questionId: question.id, optionIds: [...optionIds] }] : [];
        }
        const finding = this.findings[question.id]?.input();
        return finding ? [{ questionId: question.id, finding }] : [];
      }),
    };
  }
}
