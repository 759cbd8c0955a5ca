import type { PreparedStatement } from '../kernel/prepared.ts';
import { claimCandidate, heldBy, leaseUntil } from '../kernel/lease.ts';

/** Own work is never reviewed: a task is no candidate for anyone who decided its case. `$2` is the analyst. */
export const notOwnWork = `not exists (select 1 from decision d where d.case_id = t.case_id and d.decided_by_id = $2::uuid)`;

/**
 * The QA analysts' claim, the lease pattern of `kernel/lease.ts`: gives the analyst back the task
 * of the kind they still hold, or leases them the oldest claimable one.
 *
 * - Order: oldest first. Across all queues the scan walks `qa_task_claim_order` (kind,
 *   created_at); for one queue, `qa_task_queue_claim_order` (queue, kind, created_at). The kind
 *   and queue are bound directly (no join with a `params` CTE), so either way the scan is the
 *   order and stops at the first row it can lock.
 * - The lease lasts as long as the queue's claims do (`queue.lease_ms`, read by the UPDATE, not
 *   the scan).
 *
 * Parameters: $1 the kind, $2 the analyst, $3 the queue or null for any.
 */
export const claimNextQaTask: PreparedStatement = {
  name: 'vigil_claim_next_qa_task',
  text: `
with held as (
  ${heldBy({ table: 'qa_task t', alias: 't', columns: 't.id', holder: '$2::uuid', scope: ['t.kind = $1::text'], leasedStatus: `t.status = 'CLAIMED'` })}
),
candidate as (
  ${claimCandidate({
    table: 'qa_task t',
    alias: 't',
    columns: 't.id, t.status, t.assignee_id, t.queue_id',
    scope: ['t.kind = $1::text', '$3::uuid is null or t.queue_id = $3::uuid'],
    claimable: `t.status <> 'DONE' and (t.status = 'OPEN' or (t.status = 'CLAIMED' and t.lease_expires_at <= now()))`,
    rules: ['not exists (select 1 from held)', notOwnWork],
    orderBy: 't.created_at',
  })}
),
claimed as (
  update qa_task t
  set status = 'CLAIMED', assignee_id = $2::uuid, lease_expires_at = ${leaseUntil('q.lease_ms')}
  from candidate, queue q
  where t.id = candidate.id and q.id = candidate.queue_id
  returning t.id, t.queue_id, candidate.status as previous_status, candidate.assignee_id as previous_assignee_id
)
select id, queue_id, previous_status, previous_assignee_id, true as newly_claimed from claimed
union all
select id, null, null, null, false from held`,
};
