import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import { EnforcementAction } from '../decisions/actions.ts';
import { Decision } from '../decisions/decision.entity.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../kernel/errors.ts';
import { isUuid } from '../kernel/ids.ts';
import { event, publish } from '../kernel/pubsub.ts';
import type { Actor } from '../kernel/viewer.ts';
import { Severity } from '../policies/severity.ts';
import { QueueService } from '../queues/queue.service.ts';
import { Appeal } from './appeal.entity.ts';

export interface NewAppeal {
  decisionId: string;
  statement: string;
  appellantRef?: string | null;
  idempotencyKey: string;
}

/** The appeal's severity, hence its place in the queue and its SLA: the heavier the action, the sooner. */
const severityOfAction: Record<EnforcementAction, Severity> = {
  [EnforcementAction.NO_ACTION]: Severity.S3,
  [EnforcementAction.WARNING_INTERSTITIAL]: Severity.S3,
  [EnforcementAction.WARN]: Severity.S3,
  [EnforcementAction.STOP_SUGGESTING]: Severity.S2,
  [EnforcementAction.DEMOTE_RESULTS]: Severity.S2,
  [EnforcementAction.RESTRICT_FEATURES]: Severity.S2,
  [EnforcementAction.REQUIRE_VERIFICATION]: Severity.S2,
  [EnforcementAction.RESET_PROFILE_FIELDS]: Severity.S2,
  [EnforcementAction.BLOCK_RESULTS]: Severity.S1,
  [EnforcementAction.REMOVE_SUGGESTION]: Severity.S1,
  [EnforcementAction.REMOVE_RESULT]: Severity.S1,
  [EnforcementAction.SUSPEND]: Severity.S1,
  [EnforcementAction.BAN]: Severity.S1,
};

const maxStatement = 5000;

/**
 * Appeals (DSA Art. 20): a subject's owner, through the platform's integration, appeals the
 * outcome enforced on it. The appeal opens a case in the original queue's appeals queue, which
 * the claim never hands to anyone who decided the original case (appeal.sql.ts); the reviewer
 * upholds or reverses by deciding it, and the decision feed's trigger records the outcome, the
 * enforcement change and the appeal's status in that transaction
 * (Migration20261204120000Appeals).
 */
export class AppealService {
  constructor(private readonly em: EntityManager) {}

  async submit(actor: Actor, input: NewAppeal, now = new Date()): Promise<Appeal> {
    const statement = input.statement.trim();
    if (!isUuid(input.decisionId)) throw new BadUserInputError('decisionId is a decision id (from the feed or a webhook).', 'decisionId');
    if (!statement) throw new BadUserInputError('Say why the outcome is wrong.', 'statement');
    if (statement.length > maxStatement) throw new BadUserInputError(`A statement is at most ${maxStatement} characters.`, 'statement');
    if (!input.idempotencyKey.trim()) throw new BadUserInputError('Send an idempotency key, the same on every retry.', 'idempotencyKey');
    try {
      return await this.em.transactional(async (tx) => {
        const decision = await tx.findOne(Decision, { id: input.decisionId });
        if (!decision) throw new NotFoundError('Decision');
        // The appealed case's lock orders two submissions of the same appeal: the second finds the first.
        const original = await tx.findOneOrFail(ReviewCase, { id: decision.case.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['queue', 'subject'] });
        const earlier = await tx.findOne(Appeal, { appealedDecision: decision.id });
        if (earlier) {
          if (earlier.idempotencyKey === input.idempotencyKey) return earlier;
          throw new ConflictError('This outcome is already appealed.', 'decisionId');
        }
        if (original.queue.forAppeals) throw new ConflictError('An appeal’s outcome is final: it cannot be appealed again.', 'decisionId');
        const [entry] = await tx.execute<{ decision_id: string; active: boolean }[]>('select decision_id, active from enforcement_entry where subject_id = ?', [original.subject.id]);
        if (!entry?.active || entry.decision_id !== decision.id) {
          throw new ConflictError('Only the outcome enforced on the subject now can be appealed, and this decision’s is not (or no longer) it.', 'decisionId');
        }
        const appealsQueue = await new QueueService(tx).appealsQueueOf(actor, original.queue.id);
        const severity = severityOfAction[decision.action];
        const appealCase = tx.create(ReviewCase, {
          queue: appealsQueue,
          subject: original.subject,
          severity,
          policyCode: decision.policyCodes[0] ?? null,
          sources: ['appeal'],
          reasons: ['appeal of the outcome'],
          arrivedAt: now,
          slaDueAt: new Date(now.getTime() + appealsQueue.slaTargetsMs[severity]),
        });
        const appeal = tx.create(Appeal, {
          case: appealCase,
          appealedCase: original,
          appealedDecision: decision,
          statement,
          appellantRef: input.appellantRef?.trim() || null,
          idempotencyKey: input.idempotencyKey,
        });
        await tx.flush();
        await new AuditService(tx).record(
          actor,
          { action: 'case.ingested', entityType: 'Case', entityId: appealCase.id, after: { queueId: appealsQueue.id, subjectId: original.subject.id, severity, source: 'appeal' } },
          { action: 'appeal.submitted', entityType: 'Appeal', entityId: appeal.id, after: { caseId: appealCase.id, appealedCaseId: original.id, appealedDecisionId: decision.id } },
        );
        await publish(tx, event('QUEUE_CHANGED', { queueId: appealsQueue.id }));
        return appeal;
      });
    } catch (error) {
      // The subject's one unresolved case is another: new reports are being reviewed.
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('The subject has a case under review: appeal once it is decided.', 'decisionId');
      throw error;
    }
  }

  async find(id: string): Promise<Appeal> {
    const appeal = isUuid(id) ? await this.em.findOne(Appeal, { id }) : null;
    if (!appeal) throw new NotFoundError('Appeal');
    return appeal;
  }
}
