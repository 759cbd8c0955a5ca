import { assertMayReadTeamWork, holdsRole, readsEveryTeam, requireAuthenticated } from '../kernel/access.ts';
import { isUuid } from '../kernel/ids.ts';
import type { Context } from '../kernel/context.ts';
import { NotFoundError } from '../kernel/errors.ts';

/**
 * The fact access needs about a queue, its team, looked up (batched) for the rule in access.ts.
 * Used by every area whose things live in a queue: cases, golden cases, QA tasks, escalations.
 * Whoever reads the work of the queue's team passes (managers: their own team's queues);
 * NOT_FOUND for an id that is no queue.
 */
export async function assertOverseesQueue(ctx: Context, queueId: string): Promise<void> {
  requireAuthenticated(ctx.viewer);
  if (!isUuid(queueId)) throw new NotFoundError('Queue');
  if (readsEveryTeam(ctx.viewer)) return;
  const queue = await ctx.loaders.queue.load(queueId);
  if (!queue) throw new NotFoundError('Queue');
  assertMayReadTeamWork(ctx.viewer, queue.team.id, holdsRole(ctx.viewer, 'caseOverseers') ? 'Managers read the cases of their own team’s queues.' : 'You may read only the case you hold.');
}

