import type { Competency, GoalStatus, ReviewStatus, Role } from '$lib/graphql/generated/graphql';

/** Who writes reviews: a manager of the evaluator's team, or an admin (the server's `assertManages`). */
export const reviewWriterRoles: readonly Role[] = ['MANAGER', 'ADMIN'];

/**
 * Records over the generated unions, so a competency or status added to the schema fails the
 * type check here. The hints repeat the schema's descriptions: production serves no introspection.
 */
const competencies: Record<Competency, { label: string; hint: string }> = {
  POLICY_KNOWLEDGE: { label: 'Policy knowledge', hint: 'Knows the policies and how they apply.' },
  DECISION_QUALITY: { label: 'Decision quality', hint: 'Decides accurately and consistently, with clear rationales.' },
  PRODUCTIVITY: { label: 'Productivity', hint: 'Works the queue at a steady pace within SLA.' },
  JUDGEMENT_AND_ESCALATION: { label: 'Judgement and escalation', hint: 'Escalates what needs a specialist, and only that.' },
  COLLABORATION: { label: 'Collaboration', hint: 'Works well with QA, specialists and the team; takes part in calibration.' },
  LEARNING: { label: 'Learning', hint: 'Completes training and acts on coaching.' },
};

/** In the order the server lists them. */
export const competencyOrder = Object.keys(competencies) as Competency[];

export function competencyLabel(competency: Competency): string {
  return competencies[competency].label;
}

export function competencyHint(competency: Competency): string {
  return competencies[competency].hint;
}

const reviewStatusLabels: Record<ReviewStatus, string> = {
  DRAFT: 'Draft',
  SHARED: 'Shared',
  ACKNOWLEDGED: 'Acknowledged',
};

export function reviewStatusLabel(status: ReviewStatus): string {
  return reviewStatusLabels[status];
}

const goalStatusLabels: Record<GoalStatus, string> = {
  OPEN: 'Open',
  ACHIEVED: 'Achieved',
  PARTLY_ACHIEVED: 'Partly achieved',
  MISSED: 'Missed',
  DROPPED: 'Dropped',
};

export const goalStatuses = Object.keys(goalStatusLabels) as GoalStatus[];

export function goalStatusLabel(status: GoalStatus): string {
  return goalStatusLabels[status];
}
