import { leaseUntil } from '../kernel/lease.ts';

/**
 * The golden cases' part of the case claim (cases/case.sql.ts). When the claim's draw falls under
 * the queue's golden rate, the claim leases a fresh copy of one of the queue's golden cases the
 * evaluator has neither answered nor decided the original of, in place of a real case. The copy is a case row of its own that
 * looks like any other, so the answer is scored against the golden one and never decides the
 * real case. With no such golden case left, the claim takes a real case as usual.
 */
export interface GoldenClaim {
  /** The queue, the evaluator and the uniform draw in [0, 1), as bound by the claim. */
  queue: string;
  user: string;
  draw: string;
  /** Conditions the claim puts on any case it hands out (the wellness gate, nothing already held…). */
  gates: string[];
  /** The claim's rule for a policy area, given the golden case's `policy_code` column. */
  policyAllowed(policyCode: string): string;
}

/** The `golden_pick` CTE: at most one golden case, drawn at random among the eligible. */
export function goldenPick(claim: GoldenClaim): string {
  const gates = claim.gates.map((gate) => `\n    and ${gate}`).join('');
  return `select g.*
  from golden_case g, params p
  where ${claim.draw}::double precision < p.golden_rate and p.certified
    and g.queue_id = ${claim.queue} and g.retired_at is null${gates}
    and not exists (select 1 from review_case copy join decision d on d.case_id = copy.id
                    where copy.golden_case_id = g.id and d.decided_by_id = ${claim.user})
    -- Nor to anyone who decided the original case: that would measure consistency with oneself.
    and not exists (select 1 from decision own where own.case_id = g.source_case_id and own.decided_by_id = ${claim.user})
    and ${claim.policyAllowed('g.policy_code')}
  order by random()
  limit 1`;
}

/** The `golden_claimed` CTE: the leased copy of the picked golden case, shaped like the claim's case rows. */
export const goldenCopyLeased = `insert into review_case (id, queue_id, subject_id, status, severity, policy_code, sources, reasons, report_count,
                           arrived_at, sla_due_at, assignee_id, lease_expires_at, claimed_at, golden_case_id)
  select gen_random_uuid(), g.queue_id, g.subject_id, 'IN_REVIEW', g.severity, g.policy_code, g.sources, g.reasons, g.report_count,
         now(), now() + make_interval(secs => (p.sla_targets_ms ->> g.severity)::double precision / 1000),
         p.user_id, ${leaseUntil('p.lease_ms')}, now(), g.id
  from golden_pick g, params p
  returning review_case.*, null::text as previous_status`;
