import type { Client } from '@urql/core';
import { type QaCountsFieldsFragment, QaTaskCountsChangedDocument } from '$lib/graphql/generated/graphql';

export type QaCounts = QaCountsFieldsFragment;

export interface QaCountsListener {
  onCounts: (counts: QaCounts) => void;
  onError: () => void;
}

/**
 * Follows the open QA work of one queue, or of every queue. The server answers with the counts at
 * once and again after every sample, claim, release and finding, also after the socket
 * reconnects. Returns the unsubscribe, for an `$effect` to return.
 */
export function followQaCounts(client: Client, queueId: string | null, listener: QaCountsListener): () => void {
  const { unsubscribe } = client.subscription(QaTaskCountsChangedDocument, { queueId }).subscribe((result) => {
    if (result.data) listener.onCounts(result.data.qaTaskCountsChanged);
    else if (result.error) listener.onError();
  });
  return unsubscribe;
}
