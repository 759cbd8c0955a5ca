/**
 * The report's aggregates: hand-written SQL, one statement per family of figures, by UTC hour
 * and queue over [{lo}, {hi}). The same statement folds closed hours into the family's rollup
 * table (report.rollup.ts) and covers, at read time, the hours not folded yet, so the rollup and
 * the tables cannot disagree. Each selects the columns of its table, in the table's order.
 *
 * Golden copies (hidden test cases) are left out of every figure but the golden answers: they are
 * not real traffic.
 */

export interface FigureFamily {
  /** The rollup table; its columns are `hour`, `queue_id`, `dimensions`, `measures`. */
  table: string;
  dimensions: readonly string[];
  /** Summed when hours are added up. */
  measures: readonly string[];
  /** Rows of the table over [{lo}, {hi}). */
  hourly: string;
}

const hourOf = (at: string) => `date_trunc('hour', ${at}, 'UTC')`;
const sortedCodes = (codes: string) => `array(select distinct code from unnest(${codes}) code order by code)`;
/** The same verdict, action and set of policies: DecisionService.sameFinding, in SQL. */
const sameFinding = (a: string, b: string) => `(${a}.verdict = ${b}.verdict and ${a}.action = ${b}.action and ${sortedCodes(`${a}.policy_codes`)} = ${sortedCodes(`${b}.policy_codes`)})`;

/**
 * Cases resolved in the range, each with the finding in force when it resolved: its last deciding
 * decision (a QA sample review audits, it does not decide) made up to the resolution.
 */
const resolvedCases = `
select distinct on (c.id) c.queue_id, c.subject_id, ${hourOf('c.resolved_at')} as hour, d.verdict, d.action::text as action, ${sortedCodes('d.policy_codes')} as policy_codes
  from review_case c
  join decision d on d.case_id = c.id and d.kind <> 'QA_REVIEW' and d.created_at <= c.resolved_at
 where c.resolved_at >= {lo} and c.resolved_at < {hi} and c.golden_case_id is null
 order by c.id, d.created_at desc, d.id desc`;

/** Cases arrived, by domain × subject kind × first source. */
export const arrivals: FigureFamily = {
  table: 'report_arrival_hour',
  dimensions: ['domain', 'subject_kind', 'source'],
  measures: ['n'],
  hourly: `
select ${hourOf('c.arrived_at')} as hour, c.queue_id, s.domain, s.kind as subject_kind, coalesce(c.sources[1], 'unknown') as source, count(*)::int as n
  from review_case c join subject s on s.id = c.subject_id
 where c.arrived_at >= {lo} and c.arrived_at < {hi} and c.golden_case_id is null
 group by 1, 2, 3, 4, 5`,
};

/** Cases resolved, by the verdict, action and policies they resolved with. */
export const resolutions: FigureFamily = {
  table: 'report_resolution_hour',
  dimensions: ['verdict', 'action', 'policy_codes'],
  measures: ['n'],
  hourly: `
select hour, queue_id, verdict, action, policy_codes, count(*)::int as n
  from (${resolvedCases}) r
 group by 1, 2, 3, 4, 5`,
};

/** Search-query cases resolved as violating, by query term (the key without its prefix) and locale. */
export const violatingTerms: FigureFamily = {
  table: 'report_term_hour',
  dimensions: ['term', 'locale'],
  measures: ['n'],
  hourly: `
select r.hour, r.queue_id, regexp_replace(s.key, '^query:[^:]*:', '') as term, coalesce(s.locale, '') as locale, count(*)::int as n
  from (${resolvedCases}) r join subject s on s.id = r.subject_id
 where r.verdict = 'VIOLATING' and s.kind = 'SEARCH_QUERY'
 group by 1, 2, 3, 4`,
};

/** Primary decisions by the case's severity, and how many came before its SLA ran out. */
export const slaDecisions: FigureFamily = {
  table: 'report_sla_hour',
  dimensions: ['severity'],
  measures: ['n', 'within'],
  hourly: `
select ${hourOf('d.created_at')} as hour, c.queue_id, c.severity, count(*)::int as n, (count(*) filter (where d.created_at <= c.sla_due_at))::int as within
  from decision d join review_case c on c.id = d.case_id
 where d.kind = 'PRIMARY' and d.created_at >= {lo} and d.created_at < {hi} and c.golden_case_id is null
 group by 1, 2, 3`,
};

/**
 * Rated pairs, each by the time the pair was complete:
 * - QA: each QA sample review against every primary and second-review decision of its case made
 *   before it (agrees: the same finding);
 * - GOLDEN: each answer on a golden copy against the known answer (agrees: the same finding);
 * - DOUBLE: each second review against the case's primary decision (agrees: the same verdict).
 */
export const ratedPairs: FigureFamily = {
  table: 'report_quality_hour',
  dimensions: ['measure', 'verdict', 'reference_verdict', 'agrees'],
  measures: ['n'],
  hourly: `
select ${hourOf('r.created_at')} as hour, c.queue_id, 'QA' as measure, d.verdict, r.verdict as reference_verdict, ${sameFinding('d', 'r')} as agrees, count(*)::int as n
  from decision r
  join review_case c on c.id = r.case_id
  join decision d on d.case_id = r.case_id and d.kind in ('PRIMARY', 'SECOND_REVIEW') and d.created_at < r.created_at
 where r.kind = 'QA_REVIEW' and r.created_at >= {lo} and r.created_at < {hi}
 group by 1, 2, 3, 4, 5, 6
union all
select ${hourOf('d.created_at')}, c.queue_id, 'GOLDEN', d.verdict, g.verdict, ${sameFinding('d', 'g')}, count(*)::int
  from decision d
  join review_case c on c.id = d.case_id
  join golden_case g on g.id = c.golden_case_id
 where d.kind in ('PRIMARY', 'SECOND_REVIEW') and d.created_at >= {lo} and d.created_at < {hi}
 group by 1, 2, 3, 4, 5, 6
union all
select ${hourOf('s.created_at')}, c.queue_id, 'DOUBLE', p.verdict, s.verdict, p.verdict = s.verdict, count(*)::int
  from decision s
  join review_case c on c.id = s.case_id
  join decision p on p.case_id = s.case_id and p.kind = 'PRIMARY'
 where s.kind = 'SECOND_REVIEW' and s.created_at >= {lo} and s.created_at < {hi} and c.golden_case_id is null
 group by 1, 2, 3, 4, 5, 6`,
};

export const figureFamilies = [arrivals, resolutions, violatingTerms, slaDecisions, ratedPairs] as const;

/** `sql` with each {lo} and {hi} bound, in order, as `?` placeholders for em.execute. */
export function bindRange(sql: string, lo: Date, hi: Date): { sql: string; bindings: Date[] } {
  const bindings: Date[] = [];
  return { sql: sql.replace(/\{(lo|hi)\}/g, (_, bound: string) => (bindings.push(bound === 'lo' ? lo : hi), '?::timestamptz')), bindings };
}

/**
 * Escalations raised, by reason × tier × outcome, with the resolve times of the resolved ones;
 * straight from the table (escalations are a few per hundred cases, and their outcomes change
 * until resolved). Bindings: start, prevStart, end, teamId, teamId.
 */
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
 where e.created_at >= ? and e.created_at < ? and (?::uuid is null or q.team_id = ?::uuid)
 group by 1, 2, 3, 4, 5`;

/**
 * Appeals filed in either period, by where they stand, and the enforcing outcomes they could
 * appeal (the feed's outcomes other than NO_ACTION), of the queues in scope, straight from their
 * tables. Bindings: current start, previous start, end, team (twice), for each.
 */
export const appealsSql = `
select case when a.created_at >= ? then 'cur' else 'prev' end as period, a.status, count(*)::int as n
  from appeal a
  join review_case c on c.id = a.appealed_case_id
  join queue q on q.id = c.queue_id
 where a.created_at >= ? and a.created_at < ? and (?::uuid is null or q.team_id = ?::uuid)
 group by 1, 2`;

export const enforcedOutcomesSql = `
select case when e.decided_at >= ? then 'cur' else 'prev' end as period, count(*)::int as n
  from decision_event e
  join queue q on q.id = e.queue_id
 where e.action <> 'NO_ACTION' and e.kind not in ('APPEAL_OUTCOME', 'VARIANT_MATCH') and e.decided_at >= ? and e.decided_at < ? and (?::uuid is null or q.team_id = ?::uuid)
 group by 1`;

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

/** Account violations decided with a ladder proposal (decideCase), and those that deviated from it, by period. */
export const ladderDeviationsSql = `
select case when d.created_at >= ? then 'cur' else 'prev' end as period, count(*)::int as n, count(d.ladder_deviation_reason)::int as deviated
  from decision d
  join review_case c on c.id = d.case_id
  join queue q on q.id = c.queue_id
 where d.ladder_proposal is not null and d.created_at >= ? and d.created_at < ? and (?::uuid is null or q.team_id = ?::uuid)
 group by 1`;
