import { ConflictError } from '../kernel/errors.ts';
import { CaseStatus } from './case-status.ts';

/** What can happen to a case. Claims and lease expiry are not here: they do not change status rules. */
export type CaseEvent =
  | { type: 'PRIMARY_DECIDED'; sampledForSecondReview: boolean }
  | { type: 'SECOND_REVIEW_DECIDED'; agrees: boolean }
  | { type: 'RELEASED' }
  | { type: 'ESCALATED' }
  | { type: 'ESCALATION_RESOLVED' }
  | { type: 'ADJUDICATED' }
  /** A specialist's network action on the case's account: a case no one else is deciding resolves. */
  | { type: 'NETWORK_ACTION_DECIDED' };

/**
 * The case lifecycle as a pure function, tested without a database. Anything not listed is
 * refused, so a race or a stale client cannot move a case somewhere it should not go.
 */
export function nextStatus(status: CaseStatus, event: CaseEvent): CaseStatus {
  switch (event.type) {
    case 'PRIMARY_DECIDED':
      if (status === CaseStatus.IN_REVIEW) return event.sampledForSecondReview ? CaseStatus.AWAITING_SECOND_REVIEW : CaseStatus.RESOLVED;
      break;
    case 'SECOND_REVIEW_DECIDED':
      if (status === CaseStatus.AWAITING_SECOND_REVIEW) return event.agrees ? CaseStatus.RESOLVED : CaseStatus.IN_ADJUDICATION;
      break;
    case 'RELEASED':
      if (status === CaseStatus.IN_REVIEW) return CaseStatus.OPEN;
      if (status === CaseStatus.AWAITING_SECOND_REVIEW) return status;
      break;
    case 'ESCALATED':
      if (status === CaseStatus.IN_REVIEW || status === CaseStatus.AWAITING_SECOND_REVIEW) return CaseStatus.ESCALATED;
      break;
    case 'ESCALATION_RESOLVED':
      if (status === CaseStatus.ESCALATED) return CaseStatus.RESOLVED;
      break;
    case 'ADJUDICATED':
      if (status === CaseStatus.IN_ADJUDICATION) return CaseStatus.RESOLVED;
      break;
    case 'NETWORK_ACTION_DECIDED':
      // An escalated or adjudicated case is another person's decision to make.
      if (status === CaseStatus.OPEN || status === CaseStatus.IN_REVIEW || status === CaseStatus.AWAITING_SECOND_REVIEW) return CaseStatus.RESOLVED;
      break;
  }
  throw new ConflictError(`A case that is ${status} cannot take ${event.type}.`);
}
