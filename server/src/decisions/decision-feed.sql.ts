/**
 * The decision feed's reads (its rows are written by the trigger of
 * Migration20261203090000DecisionFeed, which explains the order). Both walk the
 * `decision_event_feed_order` index from the cursor.
 *
 * The horizon is the oldest transaction still running: an event of a transaction at or past it
 * may be followed by an event of an older transaction that commits later, so it waits. Each
 * filter is a JSON array, or null for "any".
 */
export const feedPage = `
select position::text as position, tx::text as tx, decision_id, case_id, queue_id, domain, subject_kind, subject_key, subject_locale,
       kind, verdict, policy_codes, action, action_params, supersedes_decision_id, decided_at
from decision_event
where (tx, position) > (?::xid8, ?::bigint)
  and tx < pg_snapshot_xmin(pg_current_snapshot())
  and (?::jsonb is null or domain = any(array(select jsonb_array_elements_text(?::jsonb))))
  and (?::jsonb is null or queue_id = any(array(select jsonb_array_elements_text(?::jsonb))::uuid[]))
  and (?::jsonb is null or action = any(array(select jsonb_array_elements_text(?::jsonb))))
order by tx, position
limit ?`;

/**
 * Whether events past the cursor are committed but still behind the horizon, of any filter: a
 * filtered follower may read again and find none of its own, which costs one page read.
 */
export const heldBehindHorizon = `
select exists (
  select 1 from decision_event
  where (tx, position) > (?::xid8, ?::bigint) and tx >= pg_snapshot_xmin(pg_current_snapshot())
) as held`;
