import type { PreparedStatement } from '../db/prepared.ts';
import { defaultWellness } from '../wellness/wellness.entities.ts';

/**
 * The claim: one statement that checks the evaluator's wellness gate, picks the best eligible
 * case in queue order, leases it, counts the exposure and writes the audit row. Always one row
 * when the queue and the user exist: case columns set means claimed (or still held: a reloaded
 * workbench gets its case back instead of leaving it locked until the lease runs out),
 * `break_until` set means refused for a break, `certified` false means refused for want of the
 * queue's certification, and otherwise nothing is left for them.
 *
 * - `for update of c skip locked`: concurrent claimers never wait on each other and never get the
 *   same row; a row another claim has locked is simply passed over.
 * - The lease is data, not a timer: a case whose `lease_expires_at` has passed is claimable
 *   again, so expiry works across instances and restarts with nothing in memory.
 * - `not exists (decision by me)`: the blind second review never goes to the first reviewer, and
 *   nobody is handed a case they already decided.
 * - Wellness: the day is the evaluator's site day; cases of policy areas they stepped away from
 *   today are skipped; an S0 or S1 case counts towards the cap, and reaching it starts the
 *   enforced break that refuses the next claims.
 * - The order (severity, SLA due, arrival) is the partial index `review_case_claim_order`, which
 *   holds only claimable statuses, so the scan starts at the best case. The candidate scan
 *   takes the queue and user as bindings, not from a join with `params`: on the inner side of
 *   a join the index order is lost, and Postgres sorted the whole queue on every claim.
 *
 * - Certification: a queue that names one hands cases only to holders of a valid one; without
 *   it the row says `certified` false (a case they still hold stays theirs).
 * - Golden cases: when the draw `$3` falls under the queue's golden rate, the claim leases a
 *   fresh copy of one of the queue's golden cases the evaluator has not answered, in place of a
 *   real case. The copy is a case row of its own that looks like any other, so the answer is
 *   scored against the golden one and never decides the real case. With no such golden case
 *   left, the claim takes a real case as usual.
 *
 * Parameters: $1 the queue, $2 the user, $3 a uniform draw in [0, 1).
 *
 * Measured (npm run bench): the gate, queue lookup and case load as separate ORM queries cost
 * about 1 ms of Node CPU each and made the claim the slowest half of the cycle.
 */
export const claimNextCase: PreparedStatement = {
  name: 'vigil_claim_next_case',
  text: `
with params as (
  select q.id as queue_id, q.lease_ms, q.golden_rate, q.sla_targets_ms, u.id as user_id, q.required_certification,
         q.required_certification is null or exists (
           select 1 from certification ce where ce.user_id = u.id and ce.code = q.required_certification and ce.expires_at > now()
         ) as certified,
         (now() at time zone coalesce(s.time_zone, 'UTC'))::date as day,
         coalesce(w.daily_severe_cap, ${defaultWellness.dailySevereCap}) as severe_cap,
         coalesce(w.break_minutes, ${defaultWellness.breakMinutes}) as break_minutes
  from queue q
  cross join app_user u
  left join team t on t.id = u.team_id
  left join site s on s.id = t.site_id
  left join team_wellness w on w.team_id = u.team_id
  where q.id = $1 and u.id = $2
),
held as (
  select c.*, null::text as previous_status
  from review_case c
  where c.assignee_id = $2 and c.queue_id = $1 and c.lease_expires_at > now()
    and c.status in ('IN_REVIEW', 'AWAITING_SECOND_REVIEW')
  limit 1
),
on_break as (
  select e.break_until from exposure_day e, params p
  where e.user_id = p.user_id and e.day = p.day and e.break_until > now()
),
golden_pick as (
  select g.*
  from golden_case g, params p
  where $3::double precision < p.golden_rate and p.certified
    and g.queue_id = $1 and g.retired_at is null
    and not exists (select 1 from on_break)
    and not exists (select 1 from held)
    and not exists (select 1 from review_case copy join decision d on d.case_id = copy.id
                    where copy.golden_case_id = g.id and d.decided_by_id = $2)
    and not exists (select 1 from step_away sa where sa.user_id = $2 and sa.day = p.day and sa.policy_code = g.policy_code)
  order by random()
  limit 1
),
golden_claimed as (
  insert into review_case (id, queue_id, subject_id, status, severity, policy_code, sources, reasons, report_count,
                           arrived_at, sla_due_at, assignee_id, lease_expires_at, golden_case_id)
  select gen_random_uuid(), g.queue_id, g.subject_id, 'IN_REVIEW', g.severity, g.policy_code, g.sources, g.reasons, g.report_count,
         now(), now() + make_interval(secs => (p.sla_targets_ms ->> g.severity)::double precision / 1000),
         p.user_id, now() + make_interval(secs => p.lease_ms::double precision / 1000), g.id
  from golden_pick g, params p
  returning review_case.*, null::text as previous_status
),
candidate as (
  select c.id, c.status
  from review_case c
  where c.queue_id = $1
    and not exists (select 1 from on_break)
    and not exists (select 1 from held)
    and not exists (select 1 from golden_pick)
    and (select certified from params)
    and c.status in ('OPEN', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW')
    and (c.lease_expires_at is null or c.lease_expires_at < now())
    and not exists (select 1 from decision d where d.case_id = c.id and d.decided_by_id = $2)
    and not exists (select 1 from step_away sa where sa.user_id = $2 and sa.day = (select day from params) and sa.policy_code = c.policy_code)
  order by c.severity, c.sla_due_at, c.arrived_at
  limit 1
  for update of c skip locked
),
claimed as (
  update review_case c
  set status = case when c.status = 'AWAITING_SECOND_REVIEW' then c.status else 'IN_REVIEW' end,
      assignee_id = p.user_id,
      lease_expires_at = now() + make_interval(secs => p.lease_ms::double precision / 1000),
      updated_at = now()
  from candidate, params p
  where c.id = candidate.id
  returning c.*, candidate.status as previous_status
),
newly_claimed as (
  select * from claimed union all select * from golden_claimed
),
exposed as (
  insert into exposure_day as e (user_id, day, severe_count, severe_total, break_until)
  select p.user_id, p.day,
         case when 1 >= p.severe_cap then 0 else 1 end, 1,
         case when 1 >= p.severe_cap then now() + make_interval(mins => p.break_minutes) end
  from newly_claimed claimed, params p
  where claimed.severity in ('S0', 'S1')
  on conflict (user_id, day) do update set
    severe_total = e.severe_total + 1,
    severe_count = case when e.severe_count + 1 >= (select severe_cap from params) then 0 else e.severe_count + 1 end,
    break_until = case when e.severe_count + 1 >= (select severe_cap from params)
                       then now() + make_interval(mins => (select break_minutes from params))
                       else e.break_until end
),
audited as (
  insert into audit_event (actor_type, actor_id, action, entity_type, entity_id, before, after)
  select 'USER', claimed.assignee_id, 'case.claimed', 'Case', claimed.id::text,
         jsonb_build_object('status', claimed.previous_status),
         jsonb_build_object('status', claimed.status, 'assigneeId', claimed.assignee_id, 'leaseExpiresAt', claimed.lease_expires_at)
  from newly_claimed claimed
  returning id
)
select p.severe_cap, p.certified, p.required_certification, b.break_until, a.id as audit_event_id, c.*
from params p
left join on_break b on true
left join (select * from newly_claimed union all select * from held) c on true
left join audited a on true`,
};
