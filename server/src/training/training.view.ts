import type { Severity } from '../policies/severity.ts';
import type { AssessmentQuestion, QuestionKind, TrainingAttempt } from './training.entities.ts';

/** An attempt as its taker sees it: the attempt's order and shuffle, and never the right answers. */
export interface AttemptView {
  id: string;
  programId: string;
  startedAt: Date;
  submittedAt: Date | null;
  questions: {
    id: string;
    kind: QuestionKind;
    prompt: string;
    options: { id: string; text: string }[];
    subjectId: string | null;
    severity: Severity | null;
    policyCode: string | null;
    chosenOptionIds: string[] | null;
    finding: { verdict: string; policyCodes: string[]; action: string } | null;
    correct: boolean | null;
  }[];
  correct: number | null;
  total: number;
  score: number | null;
  passed: boolean | null;
  timeSpentMs: number | null;
}

export function attemptView(attempt: TrainingAttempt, questions: Map<string, AssessmentQuestion>): AttemptView {
  const answers = new Map((attempt.answers ?? []).map((answer) => [answer.questionId, answer]));
  return {
    id: attempt.id,
    programId: attempt.program.id,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt ?? null,
    questions: attempt.layout.map(({ questionId, optionIds }) => {
      const question = questions.get(questionId)!;
      const answer = answers.get(questionId);
      const golden = question.goldenCase ?? null;
      return {
        id: question.id,
        kind: question.kind,
        prompt: question.prompt,
        options: optionIds.map((id) => question.options.find((option) => option.id === id)!),
        subjectId: golden?.subject.id ?? null,
        severity: golden?.severity ?? null,
        policyCode: golden?.policyCode ?? null,
        chosenOptionIds: answer?.optionIds ?? null,
        finding: answer?.finding ?? null,
        correct: answer ? (answer.correct ?? false) : null,
      };
    }),
    correct: attempt.correct ?? null,
    total: attempt.layout.length,
    score: attempt.score ?? null,
    passed: attempt.passed ?? null,
    timeSpentMs: attempt.timeSpentMs ?? null,
  };
}
