import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus } from '../cases/case-status.ts';
import type { ReviewCase } from '../cases/case.entity.ts';
import { type CaseView, caseViewOf } from '../cases/case.view.ts';
import { assertLeasedBy, caseChanged } from '../cases/case.service.ts';
import { isUuid } from '../kernel/ids.ts';
import { withPrepared } from '../kernel/prepared.ts';
import { nextStatus } from '../cases/case.transitions.ts';
import { AppError, BadUserInputError, ConflictError, ErrorCode, NotFoundError } from '../kernel/errors.ts';
import { event, publish } from '../kernel/pubsub.ts';
import type { Actor } from '../kernel/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import type { Policy } from '../policies/policy.entity.ts';
import { Domain, Severity } from '../policies/severity.ts';
import { describeRung, type Rung, sameRung } from '../strikes/ladder.ts';
import { StrikeService } from '../strikes/strike.service.ts';
import { type ActionChoice, EnforcementAction, validateAction } from './actions.ts';
import { Decision, DecisionKind, Verdict } from './decision.entity.ts';
import { readCaseForDecision, recordDecision } from './decision.sql.ts';
import { type DecisionView, decisionViewOf } from './decision.view.ts';

export interface DecisionInput {
  caseId: string;
  verdict: Verdict;
  policyCodes: string[];
  action: ActionChoice;
  rationale: string;
  handleTimeMs: number;
  /**
   * Chosen by the client per attempt; a retry with the same key and the same parameters returns
   * the first result, the same key with other parameters is CONFLICT (a client bug, not a retry).
   */
  idempotencyKey: string;
  /** Account violations: why the action differs from what the strike ladders propose (required then, ignored otherwise). */
  ladderDeviationReason?: string | null;
}

/** The recording statement's row (see decision.sql.ts). */
interface RecordedDecision {
  decision: Record<string, unknown>;
  case: Record<string, unknown>;
  audit_event_id: string;
  qa_task_id: string | null;
}

/** The read's row (see decision.sql.ts). */
interface CaseForDecision {
  id: string;
  subject_id: string;
  status: CaseStatus;
  severity: Severity;
  assignee_id: string | null;
  lease_expires_at: string | null;
  queue_id: string;
  golden_case_id: string | null;
  double_review_rate: number;
  qa_sample_rate: number;
  domain: Domain;
  earlier_id: string | null;
  earlier_case_id: string | null;
  earlier_verdict: Verdict | null;
  earlier_policy_codes: string[] | null;
  earlier_action: EnforcementAction | null;
  earlier_action_params: Record<string, unknown> | null;
  earlier_rationale: string | null;
  earlier_handle_time_ms: number | null;
  primary_verdict: Verdict | null;
  primary_action: EnforcementAction | null;
  primary_policy_codes: string[] | null;
}

/** The kind of decision the holder of a case in this status would make. */
export function holderDecisionKind(status: CaseStatus | string): DecisionKind {
  return status === CaseStatus.AWAITING_SECOND_REVIEW ? DecisionKind.SECOND_REVIEW : DecisionKind.PRIMARY;
}

/**
 * Whether the policy refuses the holder's own decision, so only a specialist may decide: an S0
 * case's primary decision. An escalation raised then is compulsory, not the evaluator's choice.
 */
export function specialistRequired(kind: DecisionKind, severity: Severity | string): boolean {
  return kind === DecisionKind.PRIMARY && severity === Severity.S0;
}

export class DecisionService {
  constructor(
    private readonly em: EntityManager,
    /** Draws the double-review and QA samples; injectable so tests can force either branch. */
    private readonly random: () => number = Math.random,
  ) {}

  /** The decision (the first one, on a retry) and the case after it. */
  async decide(actor: Actor & { type: 'USER' }, input: DecisionInput): Promise<{ decision: DecisionView; case: CaseView }> {
    const policyCodes = assertFindingConsistent(input);
    if (!Number.isInteger(input.handleTimeMs) || input.handleTimeMs < 0) throw new BadUserInputError('handleTimeMs is a whole number of milliseconds.', 'handleTimeMs');
    if (!isUuid(input.caseId)) throw new NotFoundError('Case');
    const taxonomy = await new PolicyService(this.em).cachedCurrent();

    const outcome = await withPrepared(this.em, async (run) => {
      for (let attempt = 1; ; attempt++) {
        const [found] = await run<CaseForDecision>(readCaseForDecision, [actor.id, input.idempotencyKey, input.caseId]);
        if (!found) throw new NotFoundError('Case');
        if (found.earlier_id) {
          if (found.earlier_case_id !== input.caseId || !sameAsEarlier(found, input, policyCodes)) {
            throw new AppError(ErrorCode.CONFLICT, 'This idempotency key was already used for a different decision; send a new key for a new decision.', 'idempotencyKey', {
              idempotencyKey: input.idempotencyKey,
            });
          }
          return { earlierId: found.earlier_id };
        }
        assertLeasedBy(
          { assigneeId: found.assignee_id, leaseExpiresAt: found.lease_expires_at ? new Date(found.lease_expires_at) : null, status: found.status },
          actor.id,
        );
        const kind = holderDecisionKind(found.status);
        // Refused before anything is written: the case stays leased to the evaluator, who escalates it.
        if (specialistRequired(kind, found.severity)) {
          throw new AppError(ErrorCode.ESCALATION_REQUIRED, 'S0 cases go to a specialist: escalate this case.');
        }
        const domain = found.domain;
        assertPoliciesApply(taxonomy.policies, policyCodes, domain);
        const actionParams = validateAction(domain, input.action);
        const ladder = await this.ladderCheck(found.subject_id, domain, input, policyCodes, actionParams, taxonomy.policies);

        // A golden copy is scored against its known answer instead: never sampled, never reviewed twice.
        const golden = found.golden_case_id !== null;
        let status: CaseStatus;
        let sampled = false;
        if (kind === DecisionKind.PRIMARY) {
          sampled = !golden && this.random() < found.double_review_rate;
          status = nextStatus(found.status, { type: 'PRIMARY_DECIDED', sampledForSecondReview: sampled });
        } else {
          const agrees = sameFinding(
            { verdict: found.primary_verdict!, action: found.primary_action!, policyCodes: found.primary_policy_codes ?? [] },
            { verdict: input.verdict, action: input.action.type, policyCodes },
          );
          sampled = true;
          status = nextStatus(found.status, { type: 'SECOND_REVIEW_DECIDED', agrees });
        }
        const [written] = await run<RecordedDecision>(recordDecision, [
          randomUUID(),
          found.id,
          kind,
          actor.id,
          input.verdict,
          JSON.stringify(policyCodes),
          taxonomy.version,
          input.action.type,
          JSON.stringify(actionParams),
          input.rationale.trim(),
          input.handleTimeMs,
          input.idempotencyKey,
          status,
          sampled,
          found.status,
          !golden && status === CaseStatus.RESOLVED && this.random() < found.qa_sample_rate,
          ladder.proposal && JSON.stringify(ladder.proposal),
          ladder.deviationReason,
        ]);
        if (written) return { written, queueId: found.queue_id, status };
        // The case changed after the read (the lease ran out, a retry won): the next read says how.
        if (attempt === 2) throw new ConflictError('The case changed while you were deciding; try again.');
      }
    });
    if ('earlierId' in outcome) {
      const earlier = await this.em.findOneOrFail(Decision, { id: outcome.earlierId }, { populate: ['case'] });
      return { decision: earlier, case: earlier.case };
    }

    const { written, queueId, status } = outcome;
    const decided = { decision: decisionViewOf(written.decision), case: caseViewOf(written.case) };
    await publish(
      this.em,
      ...caseChanged(decided.case.id, queueId, status),
      event('AUDIT_EVENT_APPENDED', { auditEventId: String(written.audit_event_id), action: 'case.decided', entityType: 'Case' }),
      ...(written.qa_task_id ? [event('QA_TASKS_CHANGED', { queueId })] : []),
    );
    return decided;
  }

  /**
   * An account violation against the strike ladders: what they propose from the account's standing
   * in the areas found violated, and, when the chosen action differs, the reason the evaluator must
   * give (BAD_USER_INPUT on `ladderDeviationReason`, with the proposal in `extensions.proposed`).
   */
  private async ladderCheck(
    subjectId: string,
    domain: Domain,
    input: DecisionInput,
    policyCodes: string[],
    actionParams: Record<string, unknown>,
    policies: Map<string, Pick<Policy, 'severity' | 'domains'>>,
  ): Promise<{ proposal: Rung | null; deviationReason: string | null }> {
    if (domain !== Domain.ACCOUNT || input.verdict !== Verdict.VIOLATING) return { proposal: null, deviationReason: null };
    const proposal = await new StrikeService(this.em).proposal(subjectId, policyCodes, policies);
    if (!proposal || sameRung(proposal, { type: input.action.type, ...actionParams })) return { proposal, deviationReason: null };
    const reason = input.ladderDeviationReason?.trim();
    if (!reason) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `The strike ladder proposes ${describeRung(proposal)} for this account; give a reason to decide otherwise.`, 'ladderDeviationReason', { proposed: proposal });
    }
    return { proposal, deviationReason: reason };
  }
}

/**
 * A specialist's or QA analyst's decision on a case locked in the caller's transaction: the
 * finding (its policies already made distinct) is checked against the taxonomy and the case's
 * domain, then the decision joins the transaction's unit of work.
 */
export function decisionOnLockedCase(
  tx: EntityManager,
  taxonomy: { version: number; policies: Map<string, { domains: Domain[] }> },
  lockedCase: ReviewCase,
  finding: { verdict: Verdict; policyCodes: string[]; action: ActionChoice; rationale: string },
  made: { kind: DecisionKind; decidedBy: string; handleTimeMs: number; idempotencyKey: string; createdAt?: Date },
): Decision {
  const domain = lockedCase.subject.domain;
  assertPoliciesApply(taxonomy.policies, finding.policyCodes, domain);
  return tx.create(Decision, {
    case: lockedCase,
    verdict: finding.verdict,
    policyCodes: finding.policyCodes,
    policyVersion: taxonomy.version,
    action: finding.action.type,
    actionParams: validateAction(domain, finding.action),
    rationale: finding.rationale.trim(),
    ...made,
  });
}

/**
 * Whether a retry asks for exactly what the decision already made under its key said: the same
 * verdict, set of policies, action and parameters, rationale and handle time. Anything else is a
 * different request reusing the key, which payment APIs refuse for the same reason: answering it
 * with the first result would hide the client's bug.
 */
function sameAsEarlier(found: CaseForDecision, input: DecisionInput, policyCodes: string[]): boolean {
  let params: Record<string, unknown>;
  try {
    params = validateAction(found.domain, input.action);
  } catch {
    return false; // the first decision's action was valid, so this one differs from it
  }
  return (
    found.earlier_verdict === input.verdict &&
    found.earlier_action === input.action.type &&
    canonicalJson(found.earlier_action_params ?? {}) === canonicalJson(params) &&
    [...new Set(found.earlier_policy_codes ?? [])].sort().join() === [...policyCodes].sort().join() &&
    found.earlier_rationale === input.rationale.trim() &&
    Number(found.earlier_handle_time_ms) === input.handleTimeMs
  );
}

/** JSON with object keys sorted: jsonb stores keys in its own order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1))) : item,
  );
}

/** What two decisions must share to agree: verdict, action and the same set of policies. */
export interface Finding {
  verdict: Verdict;
  action: EnforcementAction;
  policyCodes: readonly string[];
}

export function sameFinding(a: Finding, b: Finding): boolean {
  return a.verdict === b.verdict && a.action === b.action && [...new Set(a.policyCodes)].sort().join() === [...new Set(b.policyCodes)].sort().join();
}

/** The distinct policy codes of a finding, once verdict, policies and action agree with each other. */
export function assertFindingConsistent(finding: { verdict: Verdict; policyCodes: string[]; action: ActionChoice }): string[] {
  const policyCodes = [...new Set(finding.policyCodes)];
  if (finding.verdict === Verdict.VIOLATING && policyCodes.length === 0) {
    throw new BadUserInputError('A violating verdict names the policies violated.', 'policyCodes');
  }
  if (finding.verdict !== Verdict.VIOLATING && finding.action.type !== EnforcementAction.NO_ACTION) {
    throw new BadUserInputError(`A ${finding.verdict} verdict takes NO_ACTION.`, 'action.type');
  }
  return policyCodes;
}

/** Each code is in the current taxonomy and applies to the case's domain. */
export function assertPoliciesApply(policies: Map<string, { domains: Domain[] }>, policyCodes: string[], domain: Domain): void {
  for (const code of policyCodes) {
    const policy = policies.get(code);
    if (!policy) throw new BadUserInputError(`No current policy has the code ${code}.`, 'policyCodes');
    if (!policy.domains.includes(domain)) throw new BadUserInputError(`${code} does not apply to ${domain.toLowerCase()} cases.`, 'policyCodes');
  }
}
