import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../kernel/ids.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import { AuditService } from '../audit/audit.service.ts';
import { BadUserInputError, NotFoundError } from '../kernel/errors.ts';
import { Team } from '../people/team.entity.ts';
import type { Actor } from '../kernel/viewer.ts';
import type { Domain } from '../policies/severity.ts';
import type { SubjectKind } from '../subjects/subject-kind.ts';
import { Queue, type SlaTargets, type VariantPolicy } from './queue.entity.ts';

export interface NewQueue {
  name: string;
  domain: Domain;
  subjectKinds: SubjectKind[];
  locales: string[];
  teamId: string;
  slaTargetsMs: SlaTargets;
  leaseMs: number;
  doubleReviewRate: number;
  qaSampleRate: number;
  goldenRate: number;
  requiredCertification?: string | null;
  forAppeals?: boolean;
}

export interface QueueCounts {
  open: number;
  inReview: number;
  awaitingSecondReview: number;
  inAdjudication: number;
  oldestSlaDueAt: Date | null;
}

export class QueueService {
  constructor(private readonly em: EntityManager) {}

  async findQueue(id: string): Promise<Queue> {
    const queue = isUuid(id) ? await this.em.findOne(Queue, { id }) : null;
    if (!queue) throw new NotFoundError('Queue');
    return queue;
  }

  async create(actor: Actor, input: NewQueue): Promise<Queue> {
    for (const rate of ['doubleReviewRate', 'qaSampleRate', 'goldenRate'] as const) {
      if (!(input[rate] >= 0 && input[rate] <= 1)) throw new BadUserInputError(`${rate} is a share from 0 to 1.`, rate);
    }
    if (input.leaseMs < 10_000) throw new BadUserInputError('A lease lasts at least 10 seconds.', 'leaseMs');
    return this.em.transactional(async (tx) => {
      const team = await tx.findOne(Team, { id: input.teamId });
      if (!team) throw new BadUserInputError('No team has this id.', 'teamId');
      const { teamId, ...rest } = input;
      const queue = tx.create(Queue, { ...rest, team });
      await new AuditService(tx).record(actor, { action: 'queue.created', entityType: 'Queue', entityId: queue.id, after: { ...input } });
      return queue;
    });
  }

  /**
   * The queue where appeals of the queue's outcomes go, made on first use in the caller's
   * transaction: the same team, domain, kinds, locales, SLA targets, lease and certification, and
   * no sampling (an appeal is itself the second look).
   */
  async appealsQueueOf(actor: Actor, queueId: string): Promise<Queue> {
    const queue = await this.em.findOneOrFail(Queue, { id: queueId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['team', 'appealsQueue'] });
    if (queue.appealsQueue) return queue.appealsQueue;
    const appeals = await this.create(actor, {
      name: `${queue.name} — appeals`,
      domain: queue.domain,
      subjectKinds: [...queue.subjectKinds],
      locales: [...queue.locales],
      teamId: queue.team.id,
      slaTargetsMs: { ...queue.slaTargetsMs },
      leaseMs: queue.leaseMs,
      doubleReviewRate: 0,
      qaSampleRate: 0,
      goldenRate: 0,
      requiredCertification: queue.requiredCertification ?? null,
      forAppeals: true,
    });
    queue.appealsQueue = appeals;
    await new AuditService(this.em).record(actor, { action: 'queue.appeals_queue_set', entityType: 'Queue', entityId: queue.id, before: { appealsQueueId: null }, after: { appealsQueueId: appeals.id } });
    return appeals;
  }

  /** What a newly reported variant of an enforced query family does in the queue. */
  async setVariantPolicy(actor: Actor, queueId: string, policy: VariantPolicy): Promise<Queue> {
    return this.em.transactional(async (tx) => {
      const queue = await new QueueService(tx).findQueue(queueId);
      const before = { variantPolicy: queue.variantPolicy };
      queue.variantPolicy = policy;
      await new AuditService(tx).record(actor, { action: 'queue.variant_policy_set', entityType: 'Queue', entityId: queue.id, before, after: { variantPolicy: policy } });
      return queue;
    });
  }

  /** Names the certification evaluators need to claim here, or none. */
  async requireCertification(actor: Actor, queueId: string, code: string | null): Promise<Queue> {
    if (code !== null && !/^[A-Z][A-Z0-9_]{2,63}$/.test(code)) {
      throw new BadUserInputError('A certification code is 3 to 64 capitals, digits and underscores, starting with a letter.', 'certificationCode');
    }
    return this.em.transactional(async (tx) => {
      const queue = await new QueueService(tx).findQueue(queueId);
      const before = { requiredCertification: queue.requiredCertification ?? null };
      queue.requiredCertification = code;
      await new AuditService(tx).record(actor, { action: 'queue.certification_required', entityType: 'Queue', entityId: queue.id, before, after: { requiredCertification: code } });
      return queue;
    });
  }

  async list(page: Page): Promise<PageResult<Queue>> {
    return findPage(this.em, Queue, {}, { name: 'asc', id: 'asc' }, page);
  }

  async counts(queueId: string): Promise<QueueCounts> {
    return (await this.countsFor([queueId])).get(queueId)!;
  }

  /**
   * Unresolved cases by state, over the claim index's partial range plus adjudication, for many
   * queues in one query. A claim whose lease ran out counts as open again, as the claim query sees it.
   */
  async countsFor(queueIds: readonly string[]): Promise<Map<string, QueueCounts>> {
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select queue_id,
         count(*) filter (where status = 'OPEN' or (status = 'IN_REVIEW' and lease_expires_at < now()))::int as open,
         count(*) filter (where status = 'IN_REVIEW' and lease_expires_at >= now())::int as in_review,
         count(*) filter (where status = 'AWAITING_SECOND_REVIEW')::int as awaiting_second_review,
         count(*) filter (where status = 'IN_ADJUDICATION')::int as in_adjudication,
         min(sla_due_at) filter (where status in ('OPEN', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW')) as oldest_sla_due_at
       from review_case
       where queue_id = any(array(select jsonb_array_elements_text(?::jsonb))::uuid[])
         and status in ('OPEN', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW', 'IN_ADJUDICATION')
       group by queue_id`,
      [JSON.stringify(queueIds)],
    );
    const found = new Map(rows.map((row) => [String(row.queue_id), row]));
    return new Map(
      queueIds.map((queueId) => {
        const row = found.get(queueId);
        return [
          queueId,
          {
            open: Number(row?.open ?? 0),
            inReview: Number(row?.in_review ?? 0),
            awaitingSecondReview: Number(row?.awaiting_second_review ?? 0),
            inAdjudication: Number(row?.in_adjudication ?? 0),
            oldestSlaDueAt: row?.oldest_sla_due_at ? new Date(row.oldest_sla_due_at as string) : null,
          },
        ];
      }),
    );
  }
}
