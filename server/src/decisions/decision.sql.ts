/**
 * Deciding is two statements inside one transaction, measured against the ORM path it replaced
 * (about a dozen queries at roughly 1 ms of Node CPU each; npm run bench).
 *
 * 1. `lockCaseForDecisionSql` locks the case row only (`for update of c`: a joined FOR UPDATE
 *    would lock the queue row and serialise every decision in the queue) and reads in the same
 *    round trip what the decision needs: the lease, the subject's domain, the queue's double
 *    review rate, a decision already made with this idempotency key, and the primary decision
 *    a second review is compared with. Waiting on the lock is what makes a racing retry find the
 *    first attempt's decision instead of a lease that is gone.
 * 2. `recordDecisionSql` writes the decision, the case's new state and the audit row at once.
 */
export const lockCaseForDecisionSql = `
select c.id, c.status, c.assignee_id, c.lease_expires_at, c.queue_id, q.double_review_rate, s.domain,
       earlier.id as earlier_id, earlier.case_id as earlier_case_id,
       prim.verdict as primary_verdict, prim.action as primary_action, prim.policy_codes as primary_policy_codes
from review_case c
join queue q on q.id = c.queue_id
join subject s on s.id = c.subject_id
left join decision earlier on earlier.decided_by_id = ? and earlier.idempotency_key = ?
left join decision prim on prim.case_id = c.id and prim.kind = 'PRIMARY'
where c.id = ?
for update of c`;

export const recordDecisionSql = `
with decided as (
  insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, idempotency_key)
  values (?, ?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?, ?::jsonb, ?, ?, ?)
  returning *
),
updated as (
  update review_case
  set status = ?, assignee_id = null, lease_expires_at = null, second_review_required = ?,
      resolved_at = case when ? = 'RESOLVED' then now() else resolved_at end, updated_at = now()
  where id = (select case_id from decided)
  returning *
),
audited as (
  insert into audit_event (actor_type, actor_id, action, entity_type, entity_id, before, after)
  select 'USER', decided.decided_by_id, 'case.decided', 'Case', decided.case_id::text, ?::jsonb,
         jsonb_build_object('status', updated.status, 'decisionId', decided.id, 'kind', decided.kind, 'verdict', decided.verdict, 'action', decided.action)
  from decided, updated
  returning id
)
select to_jsonb(decided) as decision, to_jsonb(updated) as "case", audited.id as audit_event_id from decided, updated, audited`;
