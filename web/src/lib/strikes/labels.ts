import type { DecisionEventKind, EnforcementAction, StrikeStatus } from '$lib/graphql/generated/graphql';
import { knownActionLabel } from '$lib/work/actions';

/** An account action with its parameters, as a ladder proposes it or an outcome stored it: "Suspend 7 days", "Restrict features: Posting". */
export function ladderActionLabel(type: EnforcementAction, params: Record<string, unknown>): string {
  const days = params.suspensionDays;
  if (type === 'SUSPEND' && typeof days === 'number') return `Suspend ${days} ${days === 1 ? 'day' : 'days'}`;
  return knownActionLabel(type, params);
}

/** Records over the generated unions, so a kind or status added to the schema fails the type check here. */
const outcomeKindLabels: Record<DecisionEventKind, string> = {
  PRIMARY: 'Decision',
  QA_OVERRIDE: 'QA override',
  ADJUDICATION: 'Adjudication',
  ESCALATION_RESOLUTION: 'Specialist’s resolution',
  APPEAL_OUTCOME: 'Appeal outcome',
  NETWORK_ACTION: 'Network action',
  VARIANT_MATCH: 'Variant match',
};

export function outcomeKindLabel(kind: DecisionEventKind): string {
  return outcomeKindLabels[kind];
}

/** A strike that no longer counts has decayed (past its expiry) or was lifted (its decision reversed). */
const strikeStatusLabels: Record<StrikeStatus, string> = {
  ACTIVE: 'Active',
  EXPIRED: 'Decayed',
  REMOVED: 'Lifted',
};

export function strikeStatusLabel(status: StrikeStatus): string {
  return strikeStatusLabels[status];
}
