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

/** A subject's outcomes, newest first, through its cases (`review_case_subject_id_index`, then `decision_event_case`). Bindings: the subject, the limit. */
export const subjectOutcomes = `
select e.position::text as position, e.tx::text as tx, e.decision_id, e.case_id, e.queue_id, e.domain, e.subject_kind, e.subject_key, e.subject_locale,
       e.kind, e.verdict, e.policy_codes, e.action, e.action_params, e.supersedes_decision_id, e.decided_at
from review_case c
join decision_event e on e.case_id = c.id
where c.subject_id = ? and c.golden_case_id is null
order by e.decided_at desc, e.tx desc, e.position desc
limit ?`;
