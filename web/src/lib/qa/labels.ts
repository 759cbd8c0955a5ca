import type { DecisionKind, QaOutcome, QaTaskKind } from '$lib/graphql/generated/graphql';

/** Records over the generated unions, so a kind or outcome added to the schema fails the type check here. */
const taskKindLabels: Record<QaTaskKind, string> = {
  SAMPLE: 'Sample review',
  ADJUDICATION: 'Adjudication',
};

export function taskKindLabel(kind: QaTaskKind): string {
  return taskKindLabels[kind];
}

const outcomeLabels: Record<QaOutcome, string> = {
  CONFIRMED: 'Confirmed',
  OVERTURNED: 'Overturned',
  ADJUDICATED: 'Adjudicated',
};

export function outcomeLabel(outcome: QaOutcome): string {
  return outcomeLabels[outcome];
}

const decisionKindLabels: Record<DecisionKind, string> = {
  PRIMARY: 'First review',
  SECOND_REVIEW: 'Blind second review',
  ESCALATION_RESOLUTION: 'Specialist’s resolution',
  QA_REVIEW: 'QA review',
  ADJUDICATION: 'Adjudication',
  NETWORK_ACTION: 'Specialist’s network action',
};

export function decisionKindLabel(kind: DecisionKind): string {
  return decisionKindLabels[kind];
}

/** What the claim button of each kind says, on the workspace and after a finding. */
export const claimLabels: Record<QaTaskKind, string> = {
  SAMPLE: 'Review next sample',
  ADJUDICATION: 'Adjudicate next',
};
