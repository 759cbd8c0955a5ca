import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus } from '../cases/case-status.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import { assertLeasedBy, caseChanged } from '../cases/case.service.ts';
import { isUuid } from '../db/ids.ts';
import { nextStatus } from '../cases/case.transitions.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../graphql/errors.ts';
import { event, publish } from '../graphql/pubsub.ts';
import type { Actor } from '../people/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import type { Domain } from '../policies/severity.ts';
import { type ActionChoice, EnforcementAction, validateAction } from './actions.ts';
import { Decision, DecisionKind, Verdict } from './decision.entity.ts';
import { lockCaseForDecisionSql, recordDecisionSql } from './decision.sql.ts';

export interface DecisionInput {
  caseId: string;
  verdict: Verdict;
  policyCodes: string[];
  action: ActionChoice;
  rationale: string;
  handleTimeMs: number;
  /** Chosen by the client per attempt; a retry with the same key returns the first result. */
  idempotencyKey: string;
}

/** The locking read's row (see decision.sql.ts). */
interface LockedCase {
  id: string;
  status: CaseStatus;
  assignee_id: string | null;
  lease_expires_at: string | null;
  queue_id: string;
  double_review_rate: number;
  domain: Domain;
  earlier_id: string | null;
  earlier_case_id: string | null;
  primary_verdict: Verdict | null;
  primary_action: EnforcementAction | null;
  primary_policy_codes: string[] | null;
}

export class DecisionService {
  constructor(
    private readonly em: EntityManager,
    /** Draws the double-review sample; injectable so tests can force either branch. */
    private readonly random: () => number = Math.random,
  ) {}

  async decide(actor: Actor & { type: 'USER' }, input: DecisionInput): Promise<Decision> {
    const policyCodes = [...new Set(input.policyCodes)];
    if (input.verdict === Verdict.VIOLATING && policyCodes.length === 0) {
      throw new BadUserInputError('A violating verdict names the policies violated.', 'policyCodes');
    }
    if (input.verdict !== Verdict.VIOLATING && input.action.type !== EnforcementAction.NO_ACTION) {
      throw new BadUserInputError(`A ${input.verdict} verdict takes NO_ACTION.`, 'action.type');
    }
    if (!Number.isInteger(input.handleTimeMs) || input.handleTimeMs < 0) throw new BadUserInputError('handleTimeMs is a whole number of milliseconds.', 'handleTimeMs');
    if (!isUuid(input.caseId)) throw new NotFoundError('Case');
    const taxonomy = await new PolicyService(this.em).cachedCurrent();

    return this.em.transactional(async (tx) => {
      const [locked] = await tx.execute<LockedCase[]>(lockCaseForDecisionSql, [actor.id, input.idempotencyKey, input.caseId]);
      if (!locked) throw new NotFoundError('Case');
      if (locked.earlier_id) {
        if (locked.earlier_case_id !== input.caseId) throw new ConflictError('This idempotency key was used for another case.', 'idempotencyKey');
        return tx.findOneOrFail(Decision, { id: locked.earlier_id }, { populate: ['case'] });
      }
      assertLeasedBy(
        { assigneeId: locked.assignee_id, leaseExpiresAt: locked.lease_expires_at ? new Date(locked.lease_expires_at) : null, status: locked.status },
        actor.id,
      );
      const domain = locked.domain;
      for (const code of policyCodes) {
        const policy = taxonomy.policies.get(code);
        if (!policy) throw new BadUserInputError(`No current policy has the code ${code}.`, 'policyCodes');
        if (!policy.domains.includes(domain)) throw new BadUserInputError(`${code} does not apply to ${domain.toLowerCase()} cases.`, 'policyCodes');
      }
      const actionParams = validateAction(domain, input.action);

      const kind = locked.status === CaseStatus.AWAITING_SECOND_REVIEW ? DecisionKind.SECOND_REVIEW : DecisionKind.PRIMARY;
      let status: CaseStatus;
      let sampled = false;
      if (kind === DecisionKind.PRIMARY) {
        sampled = this.random() < locked.double_review_rate;
        status = nextStatus(locked.status, { type: 'PRIMARY_DECIDED', sampledForSecondReview: sampled });
      } else {
        const agrees =
          locked.primary_verdict === input.verdict &&
          locked.primary_action === input.action.type &&
          [...(locked.primary_policy_codes ?? [])].sort().join() === [...policyCodes].sort().join();
        sampled = true;
        status = nextStatus(locked.status, { type: 'SECOND_REVIEW_DECIDED', agrees });
      }
      const [written] = await tx.execute<{ decision: Record<string, unknown>; case: Record<string, unknown>; audit_event_id: string }[]>(recordDecisionSql, [
        randomUUID(),
        locked.id,
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
        status,
        JSON.stringify({ status: locked.status, assigneeId: actor.id }),
      ]);
      const decidedCase = tx.map(ReviewCase, written!.case as never);
      const decision = tx.map(Decision, written!.decision as never);
      await publish(
        tx,
        ...caseChanged(locked.id, locked.queue_id, status),
        event('AUDIT_EVENT_APPENDED', { auditEventId: String(written!.audit_event_id), action: 'case.decided', entityType: 'Case' }),
      );
      decision.case = decidedCase;
      return decision;
    });
  }
}
