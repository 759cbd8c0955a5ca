/**
 * The specialists' claim: one statement that gives the specialist back the escalation of the
 * tier they still hold, or leases them the most urgent claimable one.
 *
 * - `for update of e skip locked`: specialists claiming at once never wait on each other and
 *   never get the same escalation; a row another claim has locked is passed over.
 * - The lease is data: a CLAIMED escalation whose lease has run out is claimable again, across
 *   instances and restarts, with no timer.
 * - ON_HOLD escalations are kept by their specialist, so they are never candidates.
 * - An escalation sent to a named specialist is a candidate for that specialist only.
 * - Order: the earliest SLA due first, then the oldest; the partial index
 *   `escalation_claim_order` holds exactly the OPEN and CLAIMED rows in that order per tier.
 *
 * Parameters (in `params`): the tier code, the specialist, the lease in milliseconds.
 * Returns the escalation's id and, when newly claimed, the status and holder it had before.
 */
export const claimNextEscalation = `
with params as (select ?::text as tier_code, ?::uuid as specialist_id, ?::double precision as lease_ms),
held as (
  select e.id from escalation e, params p
  where e.assignee_id = p.specialist_id and e.tier_code = p.tier_code and e.status = 'CLAIMED' and e.lease_expires_at > now()
  limit 1
),
candidate as (
  select e.id, e.status, e.assignee_id
  from escalation e, params p
  where e.tier_code = p.tier_code
    and not exists (select 1 from held)
    and (e.status = 'OPEN' or (e.status = 'CLAIMED' and e.lease_expires_at <= now()))
    and (e.specialist_id is null or e.specialist_id = p.specialist_id)
  order by e.sla_due_at, e.created_at
  limit 1
  for update of e skip locked
),
claimed as (
  update escalation e
  set status = 'CLAIMED', assignee_id = p.specialist_id, lease_expires_at = now() + make_interval(secs => p.lease_ms / 1000),
      claimed_at = now(), updated_at = now()
  from candidate, params p
  where e.id = candidate.id
  returning e.id, candidate.status as previous_status, candidate.assignee_id as previous_assignee_id
)
select id, previous_status, previous_assignee_id, true as newly_claimed from claimed
union all
select id, null, null, false from held`;

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
