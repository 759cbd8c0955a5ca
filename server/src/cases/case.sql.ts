import type { PreparedStatement } from '../kernel/prepared.ts';
import { notOriginalDecider } from '../appeals/appeal.sql.ts';
import { goldenCopyLeased, goldenPick } from '../golden/golden.sql.ts';
import { projectQueueLabelling } from '../projects/project.sql.ts';
import { claimCandidate, heldBy, leaseUntil } from '../kernel/lease.ts';
import { certifiedFor } from '../training/certification.sql.ts';
import { exposureCounted, notSteppedAway, onBreak, wellnessParams } from '../wellness/wellness.sql.ts';

/** Cases a claim can lease: the statuses `review_case_claim_order` holds. */
const claimableStatuses = `c.status in ('OPEN', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW')`;

/** The blind second review never goes to the first reviewer, and nobody is handed a case they already decided. */
const notDecidedBy = (user: string) => `not exists (select 1 from decision d where d.case_id = c.id and d.decided_by_id = ${user})`;

/** Nothing new is handed out while the evaluator is on an enforced break or still holds a case of the queue, nor from the queue of a project that is not labelling. */
const gates = ['not exists (select 1 from on_break)', 'not exists (select 1 from held)', projectQueueLabelling('$1')];

/**
 * The claim: one statement that checks the evaluator's wellness gate, picks the best eligible
 * case in queue order, leases it, counts the exposure and writes the audit row. Always one row
 * when the queue and the user exist: case columns set means claimed (or still held: a reloaded
 * workbench gets its case back instead of leaving it locked until the lease runs out),
 * `break_until` set means refused for a break, `certified` false means refused for want of the
 * queue's certification, and otherwise nothing is left for them.
 *
 * The lease pattern (candidate scan with `for update of c skip locked`, the lease as data, the
 * held row given back) is the one of `kernel/lease.ts`. The statement is assembled here from
 * fragments each area owns, each documented where it lives: the wellness gate and exposure
 * count (wellness/wellness.sql.ts), the certification check (training/certification.sql.ts), the
 * appeals rule (appeals/appeal.sql.ts), the project queue rule (projects/project.sql.ts) and the
 * golden pick (golden/golden.sql.ts). It stays one
 * statement, one round trip.
 *
 * - `not exists (decision by me)`: the blind second review never goes to the first reviewer, and
 *   nobody is handed a case they already decided; nor an appeal of a case they decided
 *   (appeals/appeal.sql.ts).
 * - Wellness: cases of policy areas the evaluator stepped away from today are skipped; an S0 or
 *   S1 case counts towards the cap, and reaching it starts the enforced break.
 * - The order (severity, SLA due, arrival) is the partial index `review_case_claim_order`, which
 *   holds only claimable statuses, so the scan starts at the best case. The candidate scan
 *   takes the queue and user as bindings, not from a join with `params`: on the inner side of
 *   a join the index order is lost, and Postgres sorted the whole queue on every claim.
 *
 * - Certification: without it the row says `certified` false (a case they still hold stays theirs).
 * - Golden cases: the draw `$3` decides whether a golden copy is leased in place of a real case.
 *
 * Parameters: $1 the queue, $2 the user, $3 a uniform draw in [0, 1).
 *
 * Measured (npm run bench): the gate, queue lookup and case load as separate ORM queries cost
 * about 1 ms of Node CPU each and made the claim the slowest half of the cycle.
 */
export const claimNextCase: PreparedStatement = {
  name: 'vigil_claim_next_case',
  text: `
with params as (
  select q.id as queue_id, q.lease_ms, q.golden_rate, q.sla_targets_ms, u.id as user_id, q.required_certification,
         ${certifiedFor('u.id', 'q.required_certification')} as certified,
         ${wellnessParams.columns}
  from queue q
  cross join app_user u
  ${wellnessParams.joins}
  where q.id = $1 and u.id = $2
),
held as (
  ${heldBy({ table: 'review_case c', alias: 'c', columns: 'c.*, null::text as previous_status', holder: '$2', scope: ['c.queue_id = $1'], leasedStatus: `c.status in ('IN_REVIEW', 'AWAITING_SECOND_REVIEW')` })}
),
on_break as (
  ${onBreak}
),
golden_pick as (
  ${goldenPick({ queue: '$1', user: '$2', draw: '$3', gates, policyAllowed: (policyCode) => notSteppedAway('$2', 'p.day', policyCode) })}
),
golden_claimed as (
  ${goldenCopyLeased}
),
candidate as (
  ${claimCandidate({
    table: 'review_case c',
    alias: 'c',
    columns: 'c.id, c.status',
    scope: ['c.queue_id = $1'],
    claimable: `${claimableStatuses} and (c.lease_expires_at is null or c.lease_expires_at < now())`,
    rules: [
      ...gates,
      'not exists (select 1 from golden_pick)',
      '(select certified from params)',
      notDecidedBy('$2'),
      notOriginalDecider('c.id', '$2'),
      notSteppedAway('$2', '(select day from params)', 'c.policy_code'),
    ],
    orderBy: 'c.severity, c.sla_due_at, c.arrived_at',
  })}
),
claimed as (
  update review_case c
  set status = case when c.status = 'AWAITING_SECOND_REVIEW' then c.status else 'IN_REVIEW' end,
      assignee_id = p.user_id,
      lease_expires_at = ${leaseUntil('p.lease_ms')},
      claimed_at = now(),
      updated_at = now()
  from candidate, params p
  where c.id = candidate.id
  returning c.*, candidate.status as previous_status
),
newly_claimed as (
  select * from claimed union all select * from golden_claimed
),
exposed as (
  ${exposureCounted('newly_claimed')}
),
audited as (
  insert into audit_event (actor_type, actor_id, action, entity_type, entity_id, before, after)
  select 'USER', claimed.assignee_id, 'case.claimed', 'Case', claimed.id::text,
         jsonb_build_object('status', claimed.previous_status),
         jsonb_build_object('status', claimed.status, 'assigneeId', claimed.assignee_id, 'leaseExpiresAt', claimed.lease_expires_at)
  from newly_claimed claimed
  returning id
)
select p.severe_cap, p.certified, p.required_certification, b.break_until, a.id as audit_event_id, c.*
from params p
left join on_break b on true
left join (select * from newly_claimed union all select * from held) c on true
left join audited a on true`,
};
