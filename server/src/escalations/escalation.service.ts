import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import { CaseService, caseChanged } from '../cases/case.service.ts';
import { nextStatus } from '../cases/case.transitions.ts';
import { isUuid } from '../kernel/ids.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import type { ActionChoice } from '../decisions/actions.ts';
import { Decision, DecisionKind, type Verdict } from '../decisions/decision.entity.ts';
import { assertFindingConsistent, decisionOnLockedCase, holderDecisionKind, specialistRequired } from '../decisions/decision.service.ts';
import { executeStatement } from '../kernel/prepared.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../kernel/errors.ts';
import { type Event, event, publish } from '../kernel/pubsub.ts';
import { assertHolds, extendLease, type LeaseWords, lockLeased } from '../kernel/lease.ts';
import { NotificationKind } from '../notifications/notification.entity.ts';
import { NotificationService } from '../notifications/notification.service.ts';
import { Role } from '../kernel/roles.ts';
import { User } from '../people/user.entity.ts';
import { type Actor, systemActor } from '../kernel/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { Escalation, EscalationMessage, type EscalationReason, EscalationStatus, EscalationTier } from './escalation.entities.ts';
import { claimNextEscalation, markBreaches } from './escalation.sql.ts';

/** How long a specialist's claim (and each heartbeat) lasts; holding an escalation keeps it past this. Clients read it as `Escalation.leaseMs`. */
export const escalationLeaseMs = 15 * 60_000;

const escalationWords: LeaseWords = { noun: 'escalation', finished: 'resolved', returnsTo: 'its tier' };

/** Handle time is an Int of milliseconds; a resolution weeks after the claim records a day. */
const maxHandleTimeMs = 24 * 3600_000;

type UserActor = Actor & { type: 'USER' };

export interface EscalateInput {
  caseId: string;
  reason: EscalationReason;
  note: string;
  tierCode: string;
  specialistId?: string | null;
}

export interface ResolveEscalationInput {
  escalationId: string;
  verdict: Verdict;
  policyCodes: string[];
  action: ActionChoice;
  rationale: string;
  neededEscalation: boolean;
}

export interface EscalationFilter {
  status?: EscalationStatus | null;
  tierCode?: string | null;
  /** Only escalations from this team's queues. */
  teamId?: string | null;
}

export interface EscalationPrecision {
  userId: string;
  from: Date;
  to: Date;
  /** Escalations the person raised in the period. */
  raised: number;
  /** Of those, the ones the policy required. */
  compulsory: number;
  /** Of the discretionary ones, those a specialist has resolved. */
  resolved: number;
  /** Of the resolved, the ones the specialist confirmed needed escalating. */
  confirmed: number;
  /** confirmed / resolved; null with nothing resolved. */
  precision: number | null;
}

export class EscalationService {
  constructor(private readonly em: EntityManager) {}

  async tiers(): Promise<EscalationTier[]> {
    return this.em.find(EscalationTier, {}, { orderBy: { slaMs: 'asc' } });
  }

  async specialists(): Promise<User[]> {
    return this.em.find(User, { active: true, roles: { $contains: [Role.SPECIALIST] } }, { orderBy: { displayName: 'asc' } });
  }

  async find(id: string): Promise<Escalation> {
    const found = isUuid(id) ? await this.em.findOne(Escalation, { id }) : null;
    if (!found) throw new NotFoundError('Escalation');
    return found;
  }

  /** Soonest due first. */
  async list(filter: EscalationFilter, page: Page): Promise<PageResult<Escalation>> {
    const where = {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.tierCode ? { tier: { code: filter.tierCode } } : {}),
      ...(filter.teamId ? { case: { queue: { team: filter.teamId } } } : {}),
    };
    return findPage(this.em, Escalation, where, { slaDueAt: 'asc', id: 'asc' }, page);
  }

  async messages(escalationId: string): Promise<EscalationMessage[]> {
    return this.em.find(EscalationMessage, { escalation: escalationId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /**
   * Sends the case the evaluator holds to a specialist tier: the case leaves the queue
   * (ESCALATED, no holder) and an OPEN escalation, due by the tier's SLA, waits for the tier.
   */
  async escalate(actor: UserActor, input: EscalateInput): Promise<{ escalation: Escalation; case: ReviewCase }> {
    const tier = await this.em.findOne(EscalationTier, { code: input.tierCode });
    if (!tier) throw new BadUserInputError(`No escalation tier has the code ${input.tierCode}.`, 'tierCode');
    if (input.specialistId) {
      const specialist = isUuid(input.specialistId) ? await this.em.findOne(User, { id: input.specialistId, active: true }) : null;
      if (!specialist?.hasRole(Role.SPECIALIST)) throw new BadUserInputError('The named person is not an active specialist.', 'specialistId');
    }
    return this.em.transactional(async (tx) => {
      const held = await new CaseService(tx).lockLeasedBy(actor.id, input.caseId);
      const before = { status: held.status, assigneeId: actor.id };
      const compulsory = specialistRequired(holderDecisionKind(held.status), held.severity);
      held.status = nextStatus(held.status, { type: 'ESCALATED' });
      held.assignee = null;
      held.leaseExpiresAt = null;
      const now = new Date();
      const escalation = tx.create(Escalation, {
        case: held,
        raisedBy: actor.id,
        reason: input.reason,
        note: input.note.trim(),
        tier,
        specialist: input.specialistId ?? null,
        slaDueAt: new Date(now.getTime() + tier.slaMs),
        compulsory,
        createdAt: now,
      });
      await new AuditService(tx).record(
        actor,
        { action: 'case.escalated', entityType: 'Case', entityId: held.id, before, after: { status: held.status, assigneeId: null, escalationId: escalation.id } },
        {
          action: 'escalation.raised',
          entityType: 'Escalation',
          entityId: escalation.id,
          after: { caseId: held.id, reason: escalation.reason, tierCode: tier.code, specialistId: input.specialistId ?? null, slaDueAt: escalation.slaDueAt, compulsory },
        },
      );
      await publish(tx, ...caseChanged(held.id, held.queue.id, held.status), event('ESCALATION_CHANGED', { escalationId: escalation.id, status: escalation.status, teamId: held.queue.team.id }));
      return { escalation, case: held };
    });
  }

  /** Leases the specialist the most urgent claimable escalation of the tier, or gives back the one they hold there; null when none is left. */
  async claimNext(actor: UserActor, tierCode: string): Promise<Escalation | null> {
    if (!(await this.em.findOne(EscalationTier, { code: tierCode }))) throw new NotFoundError('Escalation tier');
    const claimedId = await this.em.transactional(async (tx) => {
      const [row] = await executeStatement<{ id: string; previous_status: string | null; previous_assignee_id: string | null; newly_claimed: boolean }>(tx, claimNextEscalation, [
        tierCode,
        actor.id,
        escalationLeaseMs,
      ]);
      if (!row) return null;
      if (row.newly_claimed) {
        await new AuditService(tx).record(actor, {
          action: 'escalation.claimed',
          entityType: 'Escalation',
          entityId: row.id,
          before: { status: row.previous_status, assigneeId: row.previous_assignee_id },
          after: { status: EscalationStatus.CLAIMED, assigneeId: actor.id },
        });
        await publish(tx, await escalationChanged(tx, row.id, EscalationStatus.CLAIMED));
      }
      return row.id;
    });
    return claimedId ? this.em.findOneOrFail(Escalation, { id: claimedId }, { refresh: true }) : null;
  }

  /** Parks the escalation with its specialist past the lease, e.g. waiting on outside facts; the SLA keeps running. */
  async hold(actor: UserActor, escalationId: string, reason: string): Promise<Escalation> {
    if (!reason.trim()) throw new BadUserInputError('Say why it is on hold.', 'reason');
    return this.em.transactional(async (tx) => {
      const escalation = await new EscalationService(tx).lock(escalationId);
      assertHeldBy(escalation, actor.id);
      const before = { status: escalation.status, holdReason: escalation.holdReason ?? null };
      escalation.status = EscalationStatus.ON_HOLD;
      escalation.holdReason = reason.trim();
      escalation.leaseExpiresAt = null;
      await new AuditService(tx).record(actor, { action: 'escalation.held', entityType: 'Escalation', entityId: escalation.id, before, after: { status: escalation.status, holdReason: escalation.holdReason } });
      await publish(tx, await escalationChanged(tx, escalation.id, escalation.status));
      return escalation;
    });
  }

  /** Gives the escalation back to its tier. */
  async release(actor: UserActor, escalationId: string): Promise<Escalation> {
    return this.em.transactional(async (tx) => {
      const escalation = await new EscalationService(tx).lock(escalationId);
      assertHeldBy(escalation, actor.id);
      const before = { status: escalation.status, assigneeId: actor.id };
      escalation.status = EscalationStatus.OPEN;
      escalation.assignee = null;
      escalation.leaseExpiresAt = null;
      escalation.claimedAt = null;
      escalation.holdReason = null;
      await new AuditService(tx).record(actor, { action: 'escalation.released', entityType: 'Escalation', entityId: escalation.id, before, after: { status: escalation.status, assigneeId: null } });
      await publish(tx, await escalationChanged(tx, escalation.id, escalation.status));
      return escalation;
    });
  }

  /** Extends the specialist's claim by another lease while they work on it. */
  async heartbeat(actor: UserActor, escalationId: string): Promise<Escalation> {
    return this.em.transactional(async (tx) => {
      const escalation = await new EscalationService(tx).lock(escalationId);
      assertHeldBy(escalation, actor.id);
      if (escalation.status !== EscalationStatus.CLAIMED) throw new ConflictError('An escalation on hold stays with you without a lease.');
      extendLease(escalation, escalationLeaseMs);
      return escalation;
    });
  }

  async postMessage(actor: UserActor, escalationId: string, body: string): Promise<EscalationMessage> {
    const text = body.trim();
    if (!text) throw new BadUserInputError('A message needs some text.', 'body');
    const escalation = await this.find(escalationId);
    return this.em.transactional(async (tx) => {
      const message = tx.create(EscalationMessage, { escalation: escalation.id, author: actor.id, body: text });
      await new AuditService(tx).record(actor, { action: 'escalation.message_posted', entityType: 'Escalation', entityId: escalation.id, after: { messageId: message.id } });
      await publish(tx, event('ESCALATION_MESSAGE_POSTED', { escalationId: escalation.id, messageId: message.id }));
      return message;
    });
  }

  /**
   * The specialist's answer: an ESCALATION_RESOLUTION decision resolves the case, the escalation
   * records whether escalating was needed, and the evaluator who raised it is notified.
   */
  async resolve(actor: UserActor, input: ResolveEscalationInput): Promise<{ escalation: Escalation; decision: Decision; case: ReviewCase }> {
    const policyCodes = assertFindingConsistent(input);
    const taxonomy = await new PolicyService(this.em).cachedCurrent();
    return this.em.transactional(async (tx) => {
      const escalation = await new EscalationService(tx).lock(input.escalationId);
      assertHeldBy(escalation, actor.id);
      const escalated = await new CaseService(tx).lock(escalation.case.id);
      const now = new Date();
      const caseBefore = escalated.status;
      escalated.status = nextStatus(escalated.status, { type: 'ESCALATION_RESOLVED' });
      escalated.resolvedAt = now;
      const decision = decisionOnLockedCase(tx, taxonomy, escalated, { ...input, policyCodes }, {
        kind: DecisionKind.ESCALATION_RESOLUTION,
        decidedBy: actor.id,
        handleTimeMs: Math.min(now.getTime() - (escalation.claimedAt ?? escalation.createdAt).getTime(), maxHandleTimeMs),
        // One resolution per escalation: a retried resolve hits the unique key instead of deciding twice.
        idempotencyKey: `escalation:${escalation.id}`,
        createdAt: now,
      });
      const before = { status: escalation.status, assigneeId: actor.id };
      escalation.status = EscalationStatus.RESOLVED;
      escalation.neededEscalation = input.neededEscalation;
      escalation.resolution = decision;
      escalation.resolvedAt = now;
      escalation.leaseExpiresAt = null;
      escalation.holdReason = null;
      await new AuditService(tx).record(
        actor,
        {
          action: 'case.decided',
          entityType: 'Case',
          entityId: escalated.id,
          before: { status: caseBefore },
          after: { status: escalated.status, decisionId: decision.id, kind: decision.kind, verdict: decision.verdict, action: decision.action },
        },
        { action: 'escalation.resolved', entityType: 'Escalation', entityId: escalation.id, before, after: { status: escalation.status, decisionId: decision.id, neededEscalation: input.neededEscalation } },
      );
      await new NotificationService(tx).notify([escalation.raisedBy.id], {
        kind: NotificationKind.ESCALATION_ANSWERED,
        text: `A specialist answered your escalation: ${input.verdict}.`,
        escalationId: escalation.id,
      });
      await publish(
        tx,
        ...caseChanged(escalated.id, escalated.queue.id, escalated.status),
        event('ESCALATION_CHANGED', { escalationId: escalation.id, status: escalation.status, teamId: escalated.queue.team.id }),
      );
      return { escalation, decision, case: escalated };
    });
  }

  /**
   * Tells the managers of each overdue escalation's queue team, once per escalation however
   * many instances run this at the same moment (see `markBreaches`). Returns how many
   * escalations were newly found overdue.
   */
  async notifyBreaches(now = new Date()): Promise<number> {
    return this.em.transactional(async (tx) => {
      const breached = await tx.execute<{ id: string; tier_code: string; sla_due_at: Date; case_id: string; manager_ids: string[] }[]>(markBreaches, [now]);
      const notifications = new NotificationService(tx);
      for (const row of breached) {
        const managers = row.manager_ids ?? [];
        await notifications.notify(managers, {
          kind: NotificationKind.ESCALATION_SLA_BREACHED,
          text: `An escalation to ${row.tier_code} is past its SLA (due ${new Date(row.sla_due_at).toISOString()}).`,
          escalationId: row.id,
        });
        await new AuditService(tx).record(systemActor, {
          action: 'escalation.sla_breached',
          entityType: 'Escalation',
          entityId: row.id,
          before: { breachNotifiedAt: null },
          after: { caseId: row.case_id, notifiedManagerIds: managers },
        });
      }
      return breached.length;
    });
  }

  /** The escalation, row-locked until the transaction ends (its relations load separately so only this row is locked). */
  async lock(escalationId: string): Promise<Escalation> {
    return lockLeased(this.em, Escalation, escalationId, 'Escalation');
  }
}

/** Tells the desks an escalation changed; the team of its queue lets managers' desks hear only their own. */
async function escalationChanged(em: EntityManager, escalationId: string, status: EscalationStatus): Promise<Event> {
  const [row] = await em.execute<{ team_id: string }[]>(
    'select q.team_id from escalation e join review_case c on c.id = e.case_id join queue q on q.id = c.queue_id where e.id = ?',
    [escalationId],
  );
  return event('ESCALATION_CHANGED', { escalationId, status, teamId: row!.team_id });
}

/** The lease holder check for escalations: one on hold stays with its specialist without a lease. */
function assertHeldBy(escalation: Escalation, userId: string): void {
  assertHolds(
    {
      holderId: escalation.assignee?.id ?? null,
      expiresAt: escalation.leaseExpiresAt ?? null,
      finished: escalation.status === EscalationStatus.RESOLVED,
      keptWithoutLease: escalation.status === EscalationStatus.ON_HOLD,
    },
    userId,
    escalationWords,
  );
}
