/**
 * The enforcement lists' read (Migration20261204090000EnforcementLists keeps the rows): a
 * domain's entries past a version, in feed order, on the `enforcement_entry_changes` index. As
 * with the feed, only rows of transactions older than every one still running are read, so a
 * version handed out is never overtaken by a row that commits later below it. Lifted entries are
 * read only when asked for (a change list needs them, a full list does not).
 */
export const entriesPage = `
select tx::text as tx, position::text as position, subject_kind, subject_key, subject_locale, active, action, action_params,
       policy_codes, case_id, decision_id, decided_at, until
from enforcement_entry
where domain = ?
  and (tx, position) > (?::xid8, ?::bigint)
  and tx < pg_snapshot_xmin(pg_current_snapshot())
  and (active or ?::boolean)
order by tx, position
limit ?`;

/** What a statement of reasons is made of: an enforcing feed event with its case, decision, policies and appeal (a VARIANT_MATCH repeats a decision that has its statement already). */
const statementSelect = `
select e.position::text as position, e.decided_at, to_char(e.decided_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as decided_key, e.decision_id, e.case_id, e.kind, e.subject_kind, e.subject_key, e.subject_locale,
       e.verdict, e.policy_codes, e.action, e.action_params,
       c.sources, c.reasons, c.report_count, d.rationale,
       (select a.status from appeal a where a.appealed_decision_id = e.decision_id) as appeal_status,
       array(select jsonb_build_object('code', p.code, 'name', p.name, 'version', p.version)
             from policy p where p.version = d.policy_version and p.code = any(e.policy_codes) order by p.code) as policies
from decision_event e
join review_case c on c.id = e.case_id
join decision d on d.id = e.decision_id
where e.action <> 'NO_ACTION' and e.kind <> 'VARIANT_MATCH'`;

/**
 * Statements of reasons of the enforcing outcomes decided in a period, in (decided_at, position)
 * order on `decision_event_decided_at` (Migration20261204140000StatementsOfReasons). Bindings:
 * from, to, the cursor's decided_at and position, the limit.
 */
export const statementsPage = `${statementSelect}
  and e.decided_at >= ?::timestamptz and e.decided_at < ?::timestamptz
  and (e.decided_at, e.position) > (?::timestamptz, ?::bigint)
order by e.decided_at, e.position
limit ?`;

/** One decision's statement, found through its case (`decision_event_case`). Bindings: the decision id, twice. */
export const statementOfDecision = `${statementSelect}
  and e.case_id = (select case_id from decision where id = ?::uuid) and e.decision_id = ?::uuid`;
