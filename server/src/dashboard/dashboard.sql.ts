import type { PreparedStatement } from '../kernel/prepared.ts';

/**
 * The dashboard's SQL. Nothing here scans review_case or decision as a whole: backlog figures
 * walk the claim index's partial range (`review_case_claim_order`, only unresolved claimable
 * cases), and every figure over time comes from small rollups.
 *
 * How the rollups are kept (measured choice). Triggers on review_case, decision and escalation
 * append one narrow row to `dashboard_delta`, a heap with no index and no key: appending never
 * waits on another transaction. The alternative of a trigger that upserts the queue's current
 * hour row (`… on conflict do update set decisions = decisions + 1`) makes every decider of a
 * queue wait for the row lock of the previous one until it commits. Measured on the embedded
 * Postgres (fsync on, 2 cores), 64 connections each committing transactions that insert one
 * decision-like row and stay open 2 ms (as the decide transaction does with its case update and
 * audit row), 3,840 transactions per variant, two rounds:
 *
 *   no trigger                          4,300–6,300 tx/s
 *   append a delta row (this)           4,900–5,400 tx/s
 *   upsert one row per queue per hour     290–300 tx/s  (serialised on the row lock)
 *   upsert one of 8 random shard rows   2,100–2,200 tx/s
 *
 * The cost moves to the reader: `compactStatement` folds the deltas into the rollups in one
 * statement under a try-lock (one compactor at a time; the others read the rollups as they are,
 * at most one fold behind), run by each dashboard read and by the scheduled checks every 30 s,
 * so the delta heap stays at a few seconds' worth of changes.
 *
 * Rollups:
 * - `dashboard_queue_hour`: per queue per UTC hour, arrivals, decisions (all kinds), primary
 *   decisions, escalations raised, QA reviews of a primary decision and how many overturned it.
 * - `dashboard_queue_recent`: the same counts per 5 minutes, kept 3 hours, for "the last hour"
 *   (the last twelve 5-minute buckets: the trailing hour to five minutes).
 * - `dashboard_handle_hour`: handle times of primary and second-review decisions as a histogram
 *   per queue per hour, to the second (the median is read from it).
 * - `dashboard_person_last`: when each person last decided, for "active now".
 */

/** Folds the deltas into the rollups; returns `compacted` (this call held the lock) and `moved`. */
export const compactStatement: PreparedStatement = {
  name: 'vigil_dashboard_compact',
  text: `
with lock as materialized (select pg_try_advisory_xact_lock(hashtext('vigil.dashboard.compact')) as got),
moved as (delete from dashboard_delta where (select got from lock) returning *),
hourly as (
  insert into dashboard_queue_hour as r (queue_id, hour, arrivals, decisions, primary_decisions, escalations, qa_reviews, qa_overturns)
  select queue_id, date_trunc('hour', at, 'UTC'),
         count(*) filter (where kind = 'ARRIVAL'),
         count(*) filter (where kind = 'DECISION'),
         count(*) filter (where decision_kind = 'PRIMARY'),
         count(*) filter (where kind = 'ESCALATION'),
         count(*) filter (where decision_kind = 'QA_REVIEW' and verdict_agrees is not null),
         count(*) filter (where decision_kind = 'QA_REVIEW' and finding_differs)
  from moved group by 1, 2
  on conflict (queue_id, hour) do update set
    arrivals = r.arrivals + excluded.arrivals, decisions = r.decisions + excluded.decisions,
    primary_decisions = r.primary_decisions + excluded.primary_decisions, escalations = r.escalations + excluded.escalations,
    qa_reviews = r.qa_reviews + excluded.qa_reviews,
    qa_overturns = r.qa_overturns + excluded.qa_overturns
  returning 1
),
recent as (
  insert into dashboard_queue_recent as r (queue_id, bucket, arrivals, decisions, primary_decisions)
  select queue_id, date_bin('5 minutes', at, timestamptz '2000-01-01 00:00:00+00'),
         count(*) filter (where kind = 'ARRIVAL'), count(*) filter (where kind = 'DECISION'), count(*) filter (where decision_kind = 'PRIMARY')
  from moved where at > now() - interval '3 hours' group by 1, 2
  on conflict (queue_id, bucket) do update set
    arrivals = r.arrivals + excluded.arrivals, decisions = r.decisions + excluded.decisions, primary_decisions = r.primary_decisions + excluded.primary_decisions
  returning 1
),
handled as (
  insert into dashboard_handle_hour as r (queue_id, hour, handle_s, decisions)
  select queue_id, date_trunc('hour', at, 'UTC'), least(greatest(handle_ms, 0) / 1000, 3600), count(*)
  from moved where decision_kind in ('PRIMARY', 'SECOND_REVIEW') and handle_ms is not null group by 1, 2, 3
  on conflict (queue_id, hour, handle_s) do update set decisions = r.decisions + excluded.decisions
  returning 1
),
people as (
  insert into dashboard_person_last as r (user_id, last_decided_at)
  select decided_by_id, max(at) from moved where decided_by_id is not null group by 1
  on conflict (user_id) do update set last_decided_at = greatest(r.last_decided_at, excluded.last_decided_at)
  returning 1
),
pruned as (delete from dashboard_queue_recent where (select got from lock) and bucket < now() - interval '3 hours' returning 1)
select (select got from lock) as compacted, (select count(*) from moved)::int as moved`,
};

/** Statuses in the claim index: the work waiting on the team's evaluators. */
const claimable = `('OPEN', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW')`;

/**
 * Per queue of the given ids ($1, jsonb array), at $2 (now), with the trailing hour's primary
 * decisions as the pace: backlog by severity, claims in progress, the oldest SLA due, cases
 * already overdue, and the breach estimate. Each `severity = any(…)` turns the claim index
 * (queue, severity, due, arrival) into four range scans on the due time.
 *
 * Breach estimate: at the last hour's pace P, the next hour clears the first P claimable cases
 * in queue order (severity, due, arrival). Every other claimable case due between now and now+1h
 * will breach: (cases due in the coming hour) − (those among the first P).
 */
export const queueHealthStatement: PreparedStatement = {
  name: 'vigil_dashboard_queue_health',
  text: `
with queues as (select id from queue where id = any(array(select jsonb_array_elements_text($1::jsonb))::uuid[])),
pace as (
  select q.id as queue_id, coalesce(sum(r.primary_decisions), 0)::int as per_hour, coalesce(sum(r.arrivals), 0)::int as arrivals_per_hour,
         coalesce(sum(r.decisions), 0)::int as decisions_last_hour
  from queues q left join dashboard_queue_recent r on r.queue_id = q.id and r.bucket > $2::timestamptz - interval '1 hour'
  group by q.id
)
select p.queue_id, p.per_hour, p.arrivals_per_hour, p.decisions_last_hour,
  (select jsonb_object_agg(s.severity, s.n) from (
     select c.severity, count(*)::int as n from review_case c
     where c.queue_id = p.queue_id and c.status in ${claimable} and c.severity = any('{S0,S1,S2,S3}') group by c.severity) s) as backlog,
  (select count(*)::int from review_case c where c.queue_id = p.queue_id and c.status = 'IN_REVIEW' and c.severity = any('{S0,S1,S2,S3}') and c.lease_expires_at >= $2::timestamptz) as claims_in_progress,
  (select min(c.sla_due_at) from review_case c where c.queue_id = p.queue_id and c.status in ${claimable} and c.severity = any('{S0,S1,S2,S3}')) as oldest_sla_due_at,
  (select count(*)::int from review_case c where c.queue_id = p.queue_id and c.status in ${claimable} and c.severity = any('{S0,S1,S2,S3}') and c.sla_due_at <= $2::timestamptz) as overdue,
  (select count(*)::int from review_case c where c.queue_id = p.queue_id and c.status in ${claimable} and c.severity = any('{S0,S1,S2,S3}')
     and c.sla_due_at > $2::timestamptz and c.sla_due_at <= $2::timestamptz + interval '1 hour')
  - (select count(*)::int from (
       select c.sla_due_at from review_case c where c.queue_id = p.queue_id and c.status in ${claimable}
       order by c.severity, c.sla_due_at, c.arrived_at limit p.per_hour) f
     where f.sla_due_at > $2::timestamptz and f.sla_due_at <= $2::timestamptz + interval '1 hour') as breach_within_hour
from pace p`,
};

/** Arrivals and primary decisions per UTC hour over the 24 hours ending with the current one ($1 queue ids, $2 now). */
export const trendStatement: PreparedStatement = {
  name: 'vigil_dashboard_trend',
  text: `
select h.hour, coalesce(sum(r.arrivals), 0)::int as arrivals, coalesce(sum(r.primary_decisions), 0)::int as decisions
from generate_series(date_trunc('hour', $2::timestamptz, 'UTC') - interval '23 hours', date_trunc('hour', $2::timestamptz, 'UTC'), interval '1 hour') h(hour)
left join dashboard_queue_hour r on r.hour = h.hour and r.queue_id = any(array(select jsonb_array_elements_text($1::jsonb))::uuid[])
group by h.hour order by h.hour`,
};

/**
 * Team figures from the rollups ($1 queue ids, $2 now, $3 start of the site's day, $4 seven days
 * ago, truncated to the hour), and who is active ($5 team id): a live claim, or a decision in the
 * last 15 minutes.
 */
export const teamHealthStatement: PreparedStatement = {
  name: 'vigil_dashboard_team_health',
  text: `
select
  (select coalesce(sum(decisions), 0)::int from dashboard_queue_recent where queue_id = any(array(select jsonb_array_elements_text($1::jsonb))::uuid[]) and bucket > $2::timestamptz - interval '1 hour') as decisions_last_hour,
  (select coalesce(sum(decisions), 0)::int from dashboard_queue_hour where queue_id = any(array(select jsonb_array_elements_text($1::jsonb))::uuid[]) and hour >= date_trunc('hour', $3::timestamptz, 'UTC')) as decisions_today,
  (select jsonb_build_object(
      'qaReviews', coalesce(sum(qa_reviews), 0), 'overturns', coalesce(sum(qa_overturns), 0),
      'escalations', coalesce(sum(escalations), 0), 'primary', coalesce(sum(primary_decisions), 0))
   from dashboard_queue_hour where queue_id = any(array(select jsonb_array_elements_text($1::jsonb))::uuid[]) and hour >= $4::timestamptz) as week,
  (select coalesce(jsonb_agg(jsonb_build_array(handle_s, n) order by handle_s), '[]'::jsonb) from (
     select handle_s, sum(decisions)::int as n from dashboard_handle_hour
     where queue_id = any(array(select jsonb_array_elements_text($1::jsonb))::uuid[]) and hour >= date_trunc('hour', $3::timestamptz, 'UTC') group by handle_s) h) as handle_histogram,
  (select count(*)::int from app_user u where u.team_id = $5::uuid and u.active and (
     exists (select 1 from review_case c where c.assignee_id = u.id and c.status = 'IN_REVIEW' and c.lease_expires_at > $2::timestamptz)
     or exists (select 1 from dashboard_person_last p where p.user_id = u.id and p.last_decided_at > $2::timestamptz - interval '15 minutes'))) as active_now`,
};

/**
 * Rebuilds the rollups from the tables (after a bulk load that ran without triggers, or to
 * repair): the whole history as deltas, then one fold. Scans cases, decisions and escalations
 * once; never on a request path. Concurrent changes meanwhile are not lost: their deltas land
 * after the truncate and are folded by the next compaction.
 */
export const rebuildStatements: readonly string[] = [
  `truncate dashboard_delta, dashboard_queue_hour, dashboard_queue_recent, dashboard_handle_hour, dashboard_person_last`,
  `insert into dashboard_delta (queue_id, at, kind) select queue_id, arrived_at, 'ARRIVAL' from review_case`,
  `insert into dashboard_delta (queue_id, at, kind, decision_kind, handle_ms, decided_by_id, verdict_agrees, finding_differs)
   select c.queue_id, d.created_at, 'DECISION', d.kind, d.server_handle_time_ms, d.decided_by_id,
          case when p.verdict is null then null else p.verdict = d.verdict end,
          case when p.verdict is null then null else not (p.verdict = d.verdict and p.action = d.action
            and array(select distinct x from unnest(p.policy_codes) x order by x) = array(select distinct x from unnest(d.policy_codes) x order by x)) end
   from decision d join review_case c on c.id = d.case_id
   left join lateral (select verdict, action, policy_codes from decision o where d.kind = 'QA_REVIEW' and o.case_id = d.case_id and o.kind = 'PRIMARY' order by o.created_at limit 1) p on true`,
  `insert into dashboard_delta (queue_id, at, kind) select c.queue_id, e.created_at, 'ESCALATION' from escalation e join review_case c on c.id = e.case_id`,
];
