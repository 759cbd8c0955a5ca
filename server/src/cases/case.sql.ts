/**
 * The claim: one statement that picks the best eligible case in queue order, leases it to the
 * evaluator and writes the audit row.
 *
 * - `for update skip locked`: concurrent claimers never wait on each other and never get the
 *   same row; a row another claim has locked is simply passed over.
 * - The lease is data, not a timer: a case whose `lease_expires_at` has passed is claimable
 *   again, so expiry works across instances and restarts with nothing in memory.
 * - `not exists (decision by me)`: the blind second review never goes to the first reviewer, and
 *   nobody is handed a case they already decided.
 * - Wellness: cases of policy areas the evaluator stepped away from today are skipped, and an S0
 *   or S1 case counts towards today's exposure; reaching the cap starts the enforced break that
 *   the next claim is refused for (WellnessService.claimGate).
 * - The order (severity, SLA due, arrival) is the partial index `review_case_claim_order`, which
 *   holds only claimable statuses, so the scan starts at the best case.
 * - The audit row is inserted by the same statement; the caller announces the claim after it.
 */
export const claimNextCaseSql = `
with params as (
  select ?::uuid as queue_id, ?::uuid as user_id, ?::double precision as lease_ms,
         ?::date as day, array(select jsonb_array_elements_text(?::jsonb)) as stepped_away,
         ?::int as severe_cap, ?::double precision as break_ms
),
candidate as (
  select c.id, c.status
  from review_case c, params p
  where c.queue_id = p.queue_id
    and c.status in ('OPEN', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW')
    and (c.lease_expires_at is null or c.lease_expires_at < now())
    and not exists (select 1 from decision d where d.case_id = c.id and d.decided_by_id = p.user_id)
    and (c.policy_code is null or not (c.policy_code = any(p.stepped_away)))
  order by c.severity, c.sla_due_at, c.arrived_at
  limit 1
  for update of c skip locked
),
claimed as (
  update review_case c
  set status = case when c.status = 'AWAITING_SECOND_REVIEW' then c.status else 'IN_REVIEW' end,
      assignee_id = p.user_id,
      lease_expires_at = now() + make_interval(secs => p.lease_ms / 1000),
      updated_at = now()
  from candidate, params p
  where c.id = candidate.id
  returning c.id, c.status, c.severity, c.assignee_id, c.lease_expires_at, candidate.status as previous_status
),
exposed as (
  insert into exposure_day as e (user_id, day, severe_count, severe_total, break_until)
  select p.user_id, p.day,
         case when 1 >= p.severe_cap then 0 else 1 end, 1,
         case when 1 >= p.severe_cap then now() + make_interval(secs => p.break_ms / 1000) end
  from claimed, params p
  where claimed.severity in ('S0', 'S1')
  on conflict (user_id, day) do update set
    severe_total = e.severe_total + 1,
    severe_count = case when e.severe_count + 1 >= (select severe_cap from params) then 0 else e.severe_count + 1 end,
    break_until = case when e.severe_count + 1 >= (select severe_cap from params)
                       then now() + make_interval(secs => (select break_ms from params) / 1000)
                       else e.break_until end
),
audited as (
  insert into audit_event (actor_type, actor_id, action, entity_type, entity_id, before, after)
  select 'USER', claimed.assignee_id, 'case.claimed', 'Case', claimed.id::text,
         jsonb_build_object('status', claimed.previous_status),
         jsonb_build_object('status', claimed.status, 'assigneeId', claimed.assignee_id, 'leaseExpiresAt', claimed.lease_expires_at)
  from claimed
  returning id
)
select claimed.id, claimed.status, audited.id as audit_event_id from claimed, audited`;
