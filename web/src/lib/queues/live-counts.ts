import type { Client } from '@urql/core';
import type { SocketStatus } from '$lib/graphql/client';
import { type QueueCountsFieldsFragment, QueueUpdatedDocument } from '$lib/graphql/generated/graphql';

export type QueueCounts = QueueCountsFieldsFragment;

export interface CountsListener {
  onCounts: (counts: QueueCounts) => void;
  onError: () => void;
}

/**
 * Follows one queue's counts. The server answers with the current counts at once and again after
 * every change, also after the socket reconnects, so nothing needs refetching here. Returns the
 * unsubscribe, for an `$effect` to return.
 */
export function followQueueCounts(client: Client, queueId: string, listener: CountsListener): () => void {
  const { unsubscribe } = client.subscription(QueueUpdatedDocument, { queueId }).subscribe((result) => {
    if (result.data) listener.onCounts(result.data.queueUpdated.counts);
    else if (result.error) listener.onError();
  });
  return unsubscribe;
}

/** Live only once the socket is up and this feed has answered; a failed feed counts as offline. */
export function feedStatus(socket: SocketStatus, answered: boolean, failed: boolean): SocketStatus {
  if (failed || socket === 'closed') return 'closed';
  return socket === 'connected' && answered ? 'connected' : 'connecting';
}
