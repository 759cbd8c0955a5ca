import type { Client } from '@urql/core';
import { EscalationMessagePostedDocument } from '$lib/graphql/generated/graphql';

/**
 * Follows one escalation's thread. The server sends only ids, so the caller re-reads the thread.
 * Returns the unsubscribe, for an `$effect` to return.
 */
export function followThread(client: Client, escalationId: string, onPosted: () => void): () => void {
  const { unsubscribe } = client.subscription(EscalationMessagePostedDocument, { escalationId }).subscribe((result) => {
    if (result.data && !result.error) onPosted();
  });
  return unsubscribe;
}
