import { registerEnumType } from 'type-graphql';

export enum CaseStatus {
  OPEN = 'OPEN',
  IN_REVIEW = 'IN_REVIEW',
  AWAITING_SECOND_REVIEW = 'AWAITING_SECOND_REVIEW',
  IN_ADJUDICATION = 'IN_ADJUDICATION',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case is in its lifecycle.',
  valuesConfig: {
    OPEN: { description: 'Waiting in its queue.' },
    IN_REVIEW: { description: 'Claimed by an evaluator under a lease.' },
    AWAITING_SECOND_REVIEW: { description: 'Decided once and sampled for a blind second decision.' },
    IN_ADJUDICATION: { description: 'Two decisions disagree; a QA analyst decides.' },
    ESCALATED: { description: 'With a specialist tier.' },
    RESOLVED: { description: 'Decided.' },
  },
});

/** Statuses a case can be claimed from; the claim index covers exactly these. */
export const claimableStatuses = [CaseStatus.OPEN, CaseStatus.IN_REVIEW, CaseStatus.AWAITING_SECOND_REVIEW] as const;
