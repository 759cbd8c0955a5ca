import type { PreparedStatement } from '../kernel/prepared.ts';
import { claimCandidate, heldBy, leaseUntil } from '../kernel/lease.ts';

/**
 * An escalation sent to a named specialist is a candidate for that specialist only; the others
 * of the tier never see it. `$2` is the claiming specialist.
 */
export const namedSpecialistOnly = `e.specialist_id is null or e.specialist_id = $2::uuid`;

/**
 * The specialists' claim, the lease pattern of `kernel/lease.ts`: gives the specialist back the
 * escalation of the tier they still hold, or leases them the most urgent claimable one.
 *
 * - ON_HOLD escalations are kept by their specialist, so they are never candidates.
 * - Order: the earliest SLA due first, then the oldest; the partial index
 *   `escalation_claim_order` holds exactly the OPEN and CLAIMED rows in that order per tier, so
 *   with the tier bound directly (`e.tier_code = $1`, no join) the scan is the order.
 *
 * Parameters: $1 the tier code, $2 the specialist, $3 the lease in milliseconds.
 * Returns the escalation's id and, when newly claimed, the status and holder it had before.
 */
export const claimNextEscalation: PreparedStatement = {
  name: 'vigil_claim_next_escalation',
  text: `
with held as (
  ${heldBy({ table: 'escalation e', alias: 'e', columns: 'e.id', holder: '$2::uuid', scope: ['e.tier_code = $1::text'], leasedStatus: `e.status = 'CLAIMED'` })}
),
candidate as (
  ${claimCandidate({
    table: 'escalation e',
    alias: 'e',
    columns: 'e.id, e.status, e.assignee_id',
    scope: ['e.tier_code = $1::text'],
    claimable: `e.status in ('OPEN', 'CLAIMED') and (e.status = 'OPEN' or e.lease_expires_at <= now())`,
    rules: ['not exists (select 1 from held)', namedSpecialistOnly],
    orderBy: 'e.sla_due_at, e.created_at',
  })}
),
claimed as (
  update escalation e
  set status = 'CLAIMED', assignee_id = $2::uuid, lease_expires_at = ${leaseUntil('$3::double precision')},
      claimed_at = now(), updated_at = now()
  from candidate
  where e.id = candidate.id
  returning e.id, candidate.status as previous_status, candidate.assignee_id as previous_assignee_id
)
select id, previous_status, previous_assignee_id, true as newly_claimed from claimed
union all
select id, null, null, false from held`,
};

/**
 * Marks every unanswered, overdue, not yet notified escalation as notified, and returns each
 * with the managers of its case's queue's team. Exactly once across instances: two instances
 * running it at once both try to update the same rows; the second waits on the first's row
 * locks, then re-checks `breach_notified_at is null` against the committed row and skips it.
 *
 * Parameter: now.
 */
export const markBreaches = `
with breached as (
  update escalation
  set breach_notified_at = now(), updated_at = now()
  where status <> 'RESOLVED' and sla_due_at < ? and breach_notified_at is null
  returning id, case_id, tier_code, sla_due_at
)
select b.id, b.tier_code, b.sla_due_at, b.case_id,
       array(select u.id from app_user u where u.team_id = q.team_id and u.active and 'MANAGER' = any(u.roles) order by u.id) as manager_ids
from breached b
join review_case c on c.id = b.case_id
join queue q on q.id = c.queue_id`;
