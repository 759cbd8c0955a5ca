import type { EscalationReason, EscalationStatus } from '$lib/graphql/generated/graphql';

/** Records over the generated unions, so a reason or status added to the schema fails the type check here. */
const reasonLabels: Record<EscalationReason, string> = {
  CRITICAL_SEVERITY: 'Critical severity (S0)',
  POLICY_UNCLEAR: 'The policy is unclear',
  LEGAL: 'A legal question',
  PUBLIC_INTEREST_OR_HIGH_PROFILE: 'Public interest or a high-profile account',
  COORDINATED_ACTIVITY: 'Suspected coordinated activity',
};

export const escalationReasons = Object.keys(reasonLabels) as EscalationReason[];

export function reasonLabel(reason: EscalationReason): string {
  return reasonLabels[reason];
}

const statusLabels: Record<EscalationStatus, string> = {
  OPEN: 'Open',
  CLAIMED: 'Claimed',
  ON_HOLD: 'On hold',
  RESOLVED: 'Resolved',
};

export function escalationStatusLabel(status: EscalationStatus): string {
  return statusLabels[status];
}
