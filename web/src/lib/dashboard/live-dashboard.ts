import type { Client } from '@urql/core';
import { DashboardChangedDocument } from '$lib/graphql/generated/graphql';

/**
 * Calls `onChange` whenever the team's dashboard changed (the server coalesces changes to at
 * most one event a second); the caller refetches. After a reconnect urql resubscribes and the
 * next change refetches. Returns the unsubscribe, for an `$effect` to return.
 */
export function followDashboard(client: Client, teamId: string, onChange: () => void, onError: () => void): () => void {
  const { unsubscribe } = client.subscription(DashboardChangedDocument, { teamId }).subscribe((result) => {
    if (result.data) onChange();
    else if (result.error) onError();
  });
  return unsubscribe;
}
