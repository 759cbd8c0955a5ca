/**
 * The report's aggregates: hand-written SQL, one statement per family of figures, each covering
 * the period and the previous one at once (`period` is 'cur' or 'prev'), so a month over a
 * million decisions is a few index range scans and hash aggregates, not rows in Node.
 *
 * Bindings, in order, for every statement: start, prevStart, end, teamId, teamId.
 * Golden copies (hidden test cases) are left out of every figure: they are not real traffic.
 */

const teamFilter = `(?::uuid is null or q.team_id = ?::uuid)`;

/** Cases arrived, by queue × domain × subject kind × first source. */
export const volumeSql = `
select case when c.arrived_at >= ? then 'cur' else 'prev' end as period,
       q.id::text as queue_id, q.name as queue_name, s.domain, s.kind as subject_kind,
       coalesce(c.sources[1], 'unknown') as source, count(*)::int as n
  from review_case c
  join queue q on q.id = c.queue_id
  join subject s on s.id = c.subject_id
 where c.arrived_at >= ? and c.arrived_at < ? and ${teamFilter} and c.golden_case_id is null
 group by 1, 2, 3, 4, 5, 6`;

/**
 * Reviewed cases (the latest decision of each case within each period), in three shapes:
 * verdict × action, violated policy, and violating search-query term.
 */
export const outcomesSql = `
with latest as (
  select distinct on (period, d.case_id)
         case when d.created_at >= ? then 'cur' else 'prev' end as period,
         d.case_id, c.subject_id, d.verdict, d.action, d.policy_codes
    from decision d
    join review_case c on c.id = d.case_id
    join queue q on q.id = c.queue_id
   where d.created_at >= ? and d.created_at < ? and ${teamFilter} and c.golden_case_id is null
   order by period, d.case_id, d.created_at desc, d.id desc
)
select 'verdict_action' as dim, period, verdict as k1, action::text as k2, count(*)::int as n
  from latest group by period, verdict, action
union all
select 'policy', period, code, null, count(*)::int
  from latest cross join lateral unnest(policy_codes) as code
 where verdict = 'VIOLATING' group by period, code
union all
select 'term', period, regexp_replace(s.key, '^query:[^:]*:', ''), s.locale, count(*)::int
  from latest l join subject s on s.id = l.subject_id
 where l.verdict = 'VIOLATING' and s.kind = 'SEARCH_QUERY' group by period, s.key, s.locale`;

/** Primary decisions by the case's severity, and how many came before its SLA ran out. */
export const slaSql = `
select case when d.created_at >= ? then 'cur' else 'prev' end as period, c.severity,
       count(*)::int as n, (count(*) filter (where d.created_at <= c.sla_due_at))::int as within
  from decision d
  join review_case c on c.id = d.case_id
  join queue q on q.id = c.queue_id
 where d.kind = 'PRIMARY' and d.created_at >= ? and d.created_at < ? and ${teamFilter} and c.golden_case_id is null
 group by 1, 2`;

/** Escalations raised, by reason × tier × outcome, with the resolve times of the resolved ones. */
export const escalationsSql = `
select case when e.created_at >= ? then 'cur' else 'prev' end as period,
       e.reason, e.tier_code, coalesce(t.name, e.tier_code) as tier_name,
       case when e.status <> 'RESOLVED' then 'UNRESOLVED' when e.needed_escalation then 'NEEDED' else 'NOT_NEEDED' end as outcome,
       count(*)::int as n,
       coalesce(array_agg(extract(epoch from e.resolved_at - e.created_at) * 1000) filter (where e.status = 'RESOLVED' and e.resolved_at is not null), '{}') as resolve_ms
  from escalation e
  join review_case c on c.id = e.case_id
  join queue q on q.id = c.queue_id
  left join escalation_tier t on t.code = e.tier_code
 where e.created_at >= ? and e.created_at < ? and ${teamFilter}
 group by 1, 2, 3, 4, 5`;

/** The latest name of each policy code, for labels. */
export const policyNamesSql = `select distinct on (code) code, name from policy where code in (?) order by code, version desc`;

/**
 * The period holding an instant, in a time zone: the ISO week (Monday 00:00 local) or the
 * month, with the previous period's start, as instants. Computed by Postgres, so daylight
 * saving changes inside a period are handled by the time zone database.
 */
export const periodSql = `
with local as (select date_trunc(?, (?::timestamptz) at time zone ?) as start_local)
select (start_local at time zone ?) as period_start,
       ((start_local + ?::interval) at time zone ?) as period_end,
       ((start_local - ?::interval) at time zone ?) as previous_start
  from local`;
