import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { caseChanged, CaseService } from '../cases/case.service.ts';
import type { ReviewCase } from '../cases/case.entity.ts';
import { nextStatus } from '../cases/case.transitions.ts';
import { isUuid } from '../kernel/ids.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import type { ActionChoice } from '../decisions/actions.ts';
import { Decision, DecisionKind, type Verdict } from '../decisions/decision.entity.ts';
import { assertFindingConsistent, decisionOnLockedCase, sameFinding } from '../decisions/decision.service.ts';
import { executeStatement } from '../kernel/prepared.ts';
import { ForbiddenError, NotFoundError } from '../kernel/errors.ts';
import { event, publish } from '../kernel/pubsub.ts';
import { assertHolds, extendLease, type LeaseWords, lockLeased } from '../kernel/lease.ts';
import { NotificationKind } from '../notifications/notification.entity.ts';
import { NotificationService } from '../notifications/notification.service.ts';
import type { Actor } from '../kernel/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { QaOutcome, QaTask, QaTaskKind, QaTaskStatus } from './qa-task.entity.ts';
import { claimNextQaTask } from './qa.sql.ts';

type UserActor = Actor & { type: 'USER' };

export interface QaTaskFilter {
  kind?: QaTaskKind | null;
  status?: QaTaskStatus | null;
  queueId?: string | null;
  /** Only tasks of this team's queues (null: every team's). */
  teamId?: string | null;
}

export interface QaTaskCounts {
  openSamples: number;
  openAdjudications: number;
}

export interface QaFinding {
  taskId: string;
  verdict: Verdict;
  policyCodes: string[];
  action: ActionChoice;
  rationale: string;
  handleTimeMs: number;
}

/**
 * QA inside the queues: resolved cases sampled at their queue's QA rate, and cases whose blind
 * second review disagreed. Both are written by the deciding statement (decision.sql.ts); QA
 * analysts claim them here, never for a case they decided themselves.
 */
export class QaService {
  constructor(private readonly em: EntityManager) {}

  async find(id: string): Promise<QaTask> {
    const found = isUuid(id) ? await this.em.findOne(QaTask, { id }) : null;
    if (!found) throw new NotFoundError('QA task');
    return found;
  }

  /** Done tasks newest first, the analysts' recent work; otherwise oldest first, the order they are claimed in. */
  async list(filter: QaTaskFilter, page: Page): Promise<PageResult<QaTask>> {
    const where = {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.queueId && isUuid(filter.queueId) ? { queue: filter.queueId } : {}),
      ...(filter.teamId ? { queue: { ...(filter.queueId && isUuid(filter.queueId) ? { id: filter.queueId } : {}), team: filter.teamId } } : {}),
    };
    const order = filter.status === QaTaskStatus.DONE ? ({ doneAt: 'desc', id: 'desc' } as const) : ({ createdAt: 'asc', id: 'asc' } as const);
    return findPage(this.em, QaTask, where, order, page);
  }

  /** Tasks not yet done, by kind, of one queue or all (of one team's queues, when `teamId` is given). */
  async counts(queueId?: string | null, teamId?: string | null): Promise<QaTaskCounts> {
    if (queueId && !isUuid(queueId)) throw new NotFoundError('Queue');
    const [row] = await this.em.execute<{ samples: number; adjudications: number }[]>(
      `select count(*) filter (where kind = 'SAMPLE')::int as samples, count(*) filter (where kind = 'ADJUDICATION')::int as adjudications
       from qa_task where status <> 'DONE' and (?::uuid is null or queue_id = ?::uuid)
         and (?::uuid is null or queue_id in (select id from queue where team_id = ?::uuid))`,
      [queueId ?? null, queueId ?? null, teamId ?? null, teamId ?? null],
    );
    return { openSamples: row?.samples ?? 0, openAdjudications: row?.adjudications ?? 0 };
  }

  /** Leases the analyst the oldest claimable task of the kind, or gives back the one they hold; null when none is left for them. */
  async claimNext(actor: UserActor, kind: QaTaskKind, queueId?: string | null): Promise<QaTask | null> {
    if (queueId && !isUuid(queueId)) throw new NotFoundError('Queue');
    const claimed = await this.em.transactional(async (tx) => {
      const [row] = await executeStatement<{ id: string; queue_id: string | null; previous_status: string | null; previous_assignee_id: string | null; newly_claimed: boolean }>(
        tx,
        claimNextQaTask,
        [kind, actor.id, queueId ?? null],
      );
      if (!row) return null;
      if (row.newly_claimed) {
        await new AuditService(tx).record(actor, {
          action: 'qa_task.claimed',
          entityType: 'QaTask',
          entityId: row.id,
          before: { status: row.previous_status, assigneeId: row.previous_assignee_id },
          after: { status: QaTaskStatus.CLAIMED, assigneeId: actor.id },
        });
        await publish(tx, event('QA_TASKS_CHANGED', { queueId: row.queue_id! }));
      }
      return row.id;
    });
    return claimed ? this.em.findOneOrFail(QaTask, { id: claimed }, { refresh: true }) : null;
  }

  /** Extends the analyst's claim by the queue's lease length while they work on the task (a long adjudication). */
  async heartbeat(actor: UserActor, taskId: string): Promise<QaTask> {
    return this.em.transactional(async (tx) => {
      const task = await new QaService(tx).lock(taskId);
      assertHeldBy(task, actor.id);
      await tx.populate(task, ['queue']);
      extendLease(task, task.queue.leaseMs);
      return task;
    });
  }

  /** Gives the task back for another analyst. */
  async release(actor: UserActor, taskId: string): Promise<QaTask> {
    return this.em.transactional(async (tx) => {
      const task = await new QaService(tx).lock(taskId);
      assertHeldBy(task, actor.id);
      task.status = QaTaskStatus.OPEN;
      task.assignee = null;
      task.leaseExpiresAt = null;
      await new AuditService(tx).record(actor, { action: 'qa_task.released', entityType: 'QaTask', entityId: task.id, before: { status: QaTaskStatus.CLAIMED, assigneeId: actor.id }, after: { status: task.status, assigneeId: null } });
      await publish(tx, event('QA_TASKS_CHANGED', { queueId: task.queue.id }));
      return task;
    });
  }

  /**
   * The analyst's finding on the task they hold, recorded as a decision on the case.
   * - A sample: a QA_REVIEW decision. The same finding confirms the sampled decision; a
   *   different one overturns it, and the case (still resolved) now carries the QA decision.
   * - An adjudication: an ADJUDICATION decision, which resolves the case.
   * Evaluators whose decision the finding contradicts are told, with the analyst's rationale.
   */
  async complete(actor: UserActor, input: QaFinding): Promise<{ task: QaTask; decision: Decision; case: ReviewCase }> {
    const policyCodes = assertFindingConsistent(input);
    const taxonomy = await new PolicyService(this.em).cachedCurrent();
    return this.em.transactional(async (tx) => {
      const task = await new QaService(tx).lock(input.taskId);
      assertHeldBy(task, actor.id);
      const reviewed = await new CaseService(tx).lock(task.case.id);
      const earlier = await tx.find(Decision, { case: reviewed.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      if (earlier.some((decision) => decision.decidedBy.id === actor.id)) throw new ForbiddenError('You decided this case; another analyst reviews it.');
      const finding = { verdict: input.verdict, action: input.action.type, policyCodes };

      const caseBefore = reviewed.status;
      let outcome: QaOutcome;
      if (task.kind === QaTaskKind.SAMPLE) {
        const sampled = earlier.find((decision) => decision.id === task.reviewedDecision.id)!;
        outcome = sameFinding(sampled, finding) ? QaOutcome.CONFIRMED : QaOutcome.OVERTURNED;
      } else {
        reviewed.status = nextStatus(reviewed.status, { type: 'ADJUDICATED' });
        reviewed.resolvedAt = new Date();
        outcome = QaOutcome.ADJUDICATED;
      }
      const decision = decisionOnLockedCase(tx, taxonomy, reviewed, { ...input, policyCodes }, {
        kind: task.kind === QaTaskKind.SAMPLE ? DecisionKind.QA_REVIEW : DecisionKind.ADJUDICATION,
        decidedBy: actor.id,
        handleTimeMs: input.handleTimeMs,
        // One finding per task: a retried submit hits the unique key instead of deciding twice.
        idempotencyKey: `qa:${task.id}`,
      });
      task.status = QaTaskStatus.DONE;
      task.outcome = outcome;
      task.qaDecision = decision;
      task.doneAt = new Date();
      task.leaseExpiresAt = null;
      await new AuditService(tx).record(
        actor,
        {
          action: 'case.decided',
          entityType: 'Case',
          entityId: reviewed.id,
          before: { status: caseBefore },
          after: { status: reviewed.status, decisionId: decision.id, kind: decision.kind, verdict: decision.verdict, action: decision.action, outcome },
        },
        { action: 'qa_task.completed', entityType: 'QaTask', entityId: task.id, before: { status: QaTaskStatus.CLAIMED }, after: { status: task.status, outcome, decisionId: decision.id } },
      );
      const contradicted = earlier.filter(
        (decision) => (decision.kind === DecisionKind.PRIMARY || decision.kind === DecisionKind.SECOND_REVIEW) && !sameFinding(decision, finding),
      );
      if (outcome !== QaOutcome.CONFIRMED && contradicted.length > 0) {
        await new NotificationService(tx).notify(
          contradicted.map((decision) => decision.decidedBy.id),
          {
            kind: NotificationKind.DECISION_OVERTURNED,
            text: `QA ${outcome === QaOutcome.OVERTURNED ? 'overturned' : 'adjudicated'} a decision of yours on a ${reviewed.queue.name} case: the finding is ${input.verdict} with ${input.action.type}${policyCodes.length ? ` under ${policyCodes.join(', ')}` : ''}. QA's reasoning: ${decision.rationale}`,
          },
        );
      }
      await publish(tx, ...caseChanged(reviewed.id, reviewed.queue.id, reviewed.status), event('QA_TASKS_CHANGED', { queueId: task.queue.id }));
      return { task, decision, case: reviewed };
    });
  }

  /** The task, row-locked until the transaction ends. */
  async lock(taskId: string): Promise<QaTask> {
    return lockLeased(this.em, QaTask, taskId, 'QA task');
  }
}

const qaTaskWords: LeaseWords = { noun: 'QA task', finished: 'done', returnsTo: 'the QA queue' };

/** The lease holder check for QA tasks. */
function assertHeldBy(task: QaTask, userId: string): void {
  assertHolds({ holderId: task.assignee?.id ?? null, expiresAt: task.leaseExpiresAt ?? null, finished: task.status === QaTaskStatus.DONE }, userId, qaTaskWords);
}
