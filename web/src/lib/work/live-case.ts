import type { Client } from '@urql/core';
import { errorCode } from '$lib/graphql/client';
import { type CaseStatus, CaseUpdatedDocument } from '$lib/graphql/generated/graphql';

export interface CaseListener {
  /** The case changed: a lease extension, a merged report, a release or a decision. */
  onChange: (status: CaseStatus) => void;
  /** The server will not let this person watch the case: they no longer hold it. */
  onLost: () => void;
}

/**
 * Follows one held case. The server sends only the new status, so details are for the caller to
 * re-read. On reconnect graphql-ws subscribes again, and the server refuses a case given away
 * meanwhile with FORBIDDEN. Returns the unsubscribe, for an `$effect` to return.
 */
export function followCase(client: Client, caseId: string, listener: CaseListener): () => void {
  const { unsubscribe } = client.subscription(CaseUpdatedDocument, { caseId }).subscribe((result) => {
    // Errors first: urql keeps the last update's data next to a later error.
    if (errorCode(result.error) === 'FORBIDDEN') listener.onLost();
    else if (result.data && !result.error) listener.onChange(result.data.caseUpdated.status);
  });
  return unsubscribe;
}

/** Statuses a case keeps while someone holds it; any other means it left its holder. */
export function mayBeHeld(status: CaseStatus): boolean {
  return status === 'IN_REVIEW' || status === 'AWAITING_SECOND_REVIEW';
}
