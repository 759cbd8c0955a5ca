import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { CaseStatus } from '../cases/case-status.ts';
import { assertLeasedBy, CaseService, publishCaseChange } from '../cases/case.service.ts';
import { nextStatus } from '../cases/case.transitions.ts';
import { BadUserInputError, ConflictError } from '../graphql/errors.ts';
import { User } from '../people/user.entity.ts';
import type { Actor } from '../people/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { type ActionChoice, EnforcementAction, validateAction } from './actions.ts';
import { Decision, DecisionKind, Verdict } from './decision.entity.ts';

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

export class DecisionService {
  constructor(
    private readonly em: EntityManager,
    /** Draws the double-review sample; injectable so tests can force either branch. */
    private readonly random: () => number = Math.random,
  ) {}

  async decide(actor: Actor & { type: 'USER' }, input: DecisionInput): Promise<Decision> {
    return this.em.transactional(async (tx) => {
      // The case lock comes first: a retry racing the first attempt waits here and, once that
      // attempt commits, finds its decision below instead of a lease that is gone.
      const reviewCase = await new CaseService(tx).lock(input.caseId);
      const earlier = await tx.findOne(Decision, { decidedBy: actor.id, idempotencyKey: input.idempotencyKey }, { populate: ['case'] });
      if (earlier) {
        if (earlier.case.id !== input.caseId) throw new ConflictError('This idempotency key was used for another case.', 'idempotencyKey');
        return earlier;
      }
      assertLeasedBy(reviewCase, actor.id);

      const domain = reviewCase.subject.domain;
      const policies = await new PolicyService(tx).current();
      const policyCodes = [...new Set(input.policyCodes)];
      for (const code of policyCodes) {
        const policy = policies.get(code);
        if (!policy) throw new BadUserInputError(`No current policy has the code ${code}.`, 'policyCodes');
        if (!policy.domains.includes(domain)) throw new BadUserInputError(`${code} does not apply to ${domain.toLowerCase()} cases.`, 'policyCodes');
      }
      const actionParams = validateAction(domain, input.action);
      if (input.verdict === Verdict.VIOLATING && policyCodes.length === 0) {
        throw new BadUserInputError('A violating verdict names the policies violated.', 'policyCodes');
      }
      if (input.verdict !== Verdict.VIOLATING && input.action.type !== EnforcementAction.NO_ACTION) {
        throw new BadUserInputError(`A ${input.verdict} verdict takes NO_ACTION.`, 'action.type');
      }
      if (!Number.isInteger(input.handleTimeMs) || input.handleTimeMs < 0) throw new BadUserInputError('handleTimeMs is a whole number of milliseconds.', 'handleTimeMs');

      const kind = reviewCase.status === CaseStatus.AWAITING_SECOND_REVIEW ? DecisionKind.SECOND_REVIEW : DecisionKind.PRIMARY;
      const before = { status: reviewCase.status, assigneeId: actor.id };
      if (kind === DecisionKind.PRIMARY) {
        const sampled = this.random() < reviewCase.queue.doubleReviewRate;
        reviewCase.secondReviewRequired = sampled;
        reviewCase.status = nextStatus(reviewCase.status, { type: 'PRIMARY_DECIDED', sampledForSecondReview: sampled });
      } else {
        const primary = await tx.findOneOrFail(Decision, { case: reviewCase.id, kind: DecisionKind.PRIMARY }, { lockMode: LockMode.NONE });
        const agrees =
          primary.verdict === input.verdict &&
          primary.action === input.action.type &&
          [...primary.policyCodes].sort().join() === [...policyCodes].sort().join();
        reviewCase.status = nextStatus(reviewCase.status, { type: 'SECOND_REVIEW_DECIDED', agrees });
      }
      reviewCase.assignee = null;
      reviewCase.leaseExpiresAt = null;
      if (reviewCase.status === CaseStatus.RESOLVED) reviewCase.resolvedAt = new Date();

      const decision = tx.create(Decision, {
        case: reviewCase,
        kind,
        decidedBy: tx.getReference(User, actor.id),
        verdict: input.verdict,
        policyCodes,
        policyVersion: Math.max(...[...policies.values()].map((policy) => policy.version), 0),
        action: input.action.type,
        actionParams,
        rationale: input.rationale.trim(),
        handleTimeMs: input.handleTimeMs,
        idempotencyKey: input.idempotencyKey,
      });
      await new AuditService(tx).record(actor, {
        action: 'case.decided',
        entityType: 'Case',
        entityId: reviewCase.id,
        before,
        after: { status: reviewCase.status, decisionId: decision.id, kind, verdict: input.verdict, action: input.action.type },
      });
      await publishCaseChange(tx, reviewCase);
      return decision;
    });
  }
}
