import type { PreparedStatement } from '../kernel/prepared.ts';

/**
 * Deciding is two prepared statements (see kernel/prepared.ts), each its own transaction: a read,
 * then one guarded write. Measured with 64 evaluators (npm run bench), this replaced a dozen ORM
 * queries and then a BEGIN, a locking read, the write and a COMMIT: every round trip to
 * Postgres costs CPU on both sides, and on two cores that was the limit.
 *
 * 1. `readCaseForDecision` reads, without locking, what the decision needs: the lease, the
 *    severity (an S0 case goes to a specialist instead), the subject's domain, the queue's double
 *    review and QA sample rates, whether it is a golden copy, a decision already made with this
 *    idempotency key (with what it said, so a retry that says something else is refused rather
 *    than answered with the first decision, at no extra round trip), and the primary decision a
 *    second review is compared with.
 * 2. `recordDecision` moves the case on only if it is still as read: leased to this evaluator,
 *    the lease not run out, the status unchanged. The row lock of that UPDATE orders racing
 *    writers (a retry waits, then finds the case no longer leased and writes nothing); the
 *    decision and the audit row are written only from the updated row. No row means the case
 *    changed in between, and the service reads again to say why. A case that lands in
 *    adjudication, or resolves and was drawn for QA (`$16`), gets its QA task in the same
 *    statement. The decision carries the server's handle time beside the client's: from the
 *    case's `claimed_at` (stamped by the claim) to now. An account violation carries what the
 *    strike ladders proposed (`$17`) and the evaluator's reason for deciding otherwise (`$18`),
 *    which the audit row repeats.
 */
export const readCaseForDecision: PreparedStatement = {
  name: 'vigil_read_case_for_decision',
  text: `
select c.id, c.subject_id, c.status, c.severity, c.assignee_id, c.lease_expires_at, c.queue_id, c.golden_case_id,
       q.double_review_rate, q.qa_sample_rate, s.domain,
       earlier.id as earlier_id, earlier.case_id as earlier_case_id, earlier.verdict as earlier_verdict,
       earlier.policy_codes as earlier_policy_codes, earlier.action as earlier_action, earlier.action_params as earlier_action_params,
       earlier.rationale as earlier_rationale, earlier.handle_time_ms as earlier_handle_time_ms,
       prim.verdict as primary_verdict, prim.action as primary_action, prim.policy_codes as primary_policy_codes
from review_case c
join queue q on q.id = c.queue_id
join subject s on s.id = c.subject_id
left join decision earlier on earlier.decided_by_id = $1 and earlier.idempotency_key = $2
left join decision prim on prim.case_id = c.id and prim.kind = 'PRIMARY'
where c.id = $3`,
};

export const recordDecision: PreparedStatement = {
  name: 'vigil_record_decision',
  text: `
with updated as (
  update review_case
  set status = $13, assignee_id = null, lease_expires_at = null, second_review_required = $14,
      resolved_at = case when $13 = 'RESOLVED' then now() else resolved_at end, updated_at = now()
  where id = $2 and assignee_id = $4 and lease_expires_at > now() and status = $15
  returning *
),
decided as (
  insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms,
                        server_handle_time_ms, idempotency_key, ladder_proposal, ladder_deviation_reason)
  select $1, updated.id, $3, $4, $5, array(select jsonb_array_elements_text($6::jsonb)), $7, $8, $9::jsonb, $10, $11,
         round(extract(epoch from now() - updated.claimed_at) * 1000)::int, $12, $17::jsonb, $18
  from updated
  returning *
),
qa_tasked as (
  insert into qa_task (id, kind, case_id, queue_id, reviewed_decision_id)
  select gen_random_uuid(), case when updated.status = 'IN_ADJUDICATION' then 'ADJUDICATION' else 'SAMPLE' end,
         updated.id, updated.queue_id, decided.id
  from updated, decided
  where updated.status = 'IN_ADJUDICATION' or (updated.status = 'RESOLVED' and $16::boolean)
  returning id
),
audited as (
  insert into audit_event (actor_type, actor_id, action, entity_type, entity_id, before, after)
  select 'USER', decided.decided_by_id, 'case.decided', 'Case', decided.case_id::text,
         jsonb_build_object('status', $15::text, 'assigneeId', decided.decided_by_id),
         jsonb_build_object('status', updated.status, 'decisionId', decided.id, 'kind', decided.kind, 'verdict', decided.verdict, 'action', decided.action)
         || case when decided.ladder_deviation_reason is null then '{}'::jsonb
                 else jsonb_build_object('ladderProposal', decided.ladder_proposal, 'ladderDeviationReason', decided.ladder_deviation_reason) end
  from decided, updated
  returning id
)
select to_jsonb(decided) as decision, to_jsonb(updated) as "case", audited.id as audit_event_id,
       (select id from qa_tasked) as qa_task_id
from decided, updated, audited`,
};
