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
