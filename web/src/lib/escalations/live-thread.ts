import type { Client } from '@urql/core';
import { EscalationChangedDocument, EscalationMessagePostedDocument } from '$lib/graphql/generated/graphql';

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

/**
 * Follows every escalation the viewer's desk shows (managers hear their own team's). The server
 * sends only ids, so the caller re-reads its list. Returns the unsubscribe.
 */
export function followDesk(client: Client, onChanged: () => void): () => void {
  const { unsubscribe } = client.subscription(EscalationChangedDocument, {}).subscribe((result) => {
    if (result.data && !result.error) onChanged();
  });
  return unsubscribe;
}
