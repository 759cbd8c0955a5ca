/**
 * The QA analysts' claim: one statement that gives the analyst back the task of the kind they
 * still hold, or leases them the oldest claimable one (the escalation desk's claim, for QA).
 *
 * - `for update of t skip locked`: analysts claiming at once never wait on each other and never
 *   get the same task.
 * - The lease is data: a CLAIMED task whose lease ran out is claimable again, with no timer.
 * - Own work is never reviewed: a task is no candidate for anyone who decided its case.
 * - The lease lasts as long as the queue's claims do.
 *
 * Parameters: the kind, the analyst, the queue or null for any.
 */
export const claimNextQaTask = `
with params as (select ?::text as kind, ?::uuid as analyst_id, ?::uuid as queue_id),
held as (
  select t.id from qa_task t, params p
  where t.assignee_id = p.analyst_id and t.kind = p.kind and t.status = 'CLAIMED' and t.lease_expires_at > now()
  limit 1
),
candidate as (
  select t.id, t.status, t.assignee_id, t.queue_id
  from qa_task t, params p
  where t.kind = p.kind
    and not exists (select 1 from held)
    and (t.status = 'OPEN' or (t.status = 'CLAIMED' and t.lease_expires_at <= now()))
    and (p.queue_id is null or t.queue_id = p.queue_id)
    and not exists (select 1 from decision d where d.case_id = t.case_id and d.decided_by_id = p.analyst_id)
  order by t.created_at
  limit 1
  for update of t skip locked
),
claimed as (
  update qa_task t
  set status = 'CLAIMED', assignee_id = p.analyst_id, lease_expires_at = now() + make_interval(secs => q.lease_ms::double precision / 1000)
  from candidate, params p, queue q
  where t.id = candidate.id and q.id = candidate.queue_id
  returning t.id, t.queue_id, candidate.status as previous_status, candidate.assignee_id as previous_assignee_id
)
select id, queue_id, previous_status, previous_assignee_id, true as newly_claimed from claimed
union all
select id, null, null, null, false from held`;
