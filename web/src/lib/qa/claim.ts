import type { Client } from '@urql/core';
import { errorCode } from '$lib/graphql/client';
import { ClaimNextQaTaskDocument, type QaTaskKind } from '$lib/graphql/generated/graphql';

export type ClaimResult = { taskId: string } | { notice: { tone: 'info' | 'error'; text: string } };

const nothingLeft: Record<QaTaskKind, string> = {
  SAMPLE: 'No sample is waiting for you right now.',
  ADJUDICATION: 'No disagreement is waiting for you right now.',
};

/**
 * Leases the analyst the next task of the kind (or gives back the one they hold), from one queue
 * or any. Tasks on cases they decided themselves are never offered, so "nothing" can mean that.
 */
export async function claimNextQaTask(client: Client, kind: QaTaskKind, queueId: string | null): Promise<ClaimResult> {
  const result = await client.mutation(ClaimNextQaTaskDocument, { kind, queueId }).toPromise();
  const task = result.data?.claimNextQaTask.task;
  if (task) return { taskId: task.id };
  if (result.data) return { notice: { tone: 'info', text: nothingLeft[kind] } };
  if (errorCode(result.error) === 'FORBIDDEN') return { notice: { tone: 'error', text: 'Only QA analysts review samples and adjudicate.' } };
  return { notice: { tone: 'error', text: 'No task could be claimed. Try again.' } };
}

/** The task view's address, keeping the workspace's queue filter for its "next". */
export function taskHref(taskId: string, queueId: string | null): string {
  return queueId ? `/qa/${taskId}?queue=${encodeURIComponent(queueId)}` : `/qa/${taskId}`;
}
