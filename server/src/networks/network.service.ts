import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { AuditService, type AuditedChange } from '../audit/audit.service.ts';
import { CaseStatus } from '../cases/case-status.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import { caseChanged } from '../cases/case.service.ts';
import { nextStatus } from '../cases/case.transitions.ts';
import type { ActionChoice } from '../decisions/actions.ts';
import { Decision, DecisionKind, type Verdict } from '../decisions/decision.entity.ts';
import { assertFindingConsistent, decisionOnLockedCase } from '../decisions/decision.service.ts';
import { isUuid } from '../kernel/ids.ts';
import { AppError, BadUserInputError, ConflictError, ErrorCode, NotFoundError } from '../kernel/errors.ts';
import { publish } from '../kernel/pubsub.ts';
import type { Actor } from '../kernel/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { Domain, moreSevere, Severity } from '../policies/severity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { type AccountSignal, type LinkKind, linkKindOf } from './account-signals.ts';
import { clusterSql } from './network.sql.ts';

export interface ClusterOpenCase {
  id: string;
  status: CaseStatus;
  queueId: string;
  teamId: string;
}

export interface ClusterMember {
  subjectId: string;
  accountId: string;
  handle: string;
  /** How it is linked to the other members. */
  linkedBy: LinkKind[];
  openCases: ClusterOpenCase[];
  /** The weights of its active strikes, every area together. */
  strikePoints: number;
}

export interface AccountCluster {
  /** The account first, then the others in the order the links reach them. */
  members: ClusterMember[];
  /** More accounts are linked than were read. */
  truncated: boolean;
}

/** The most members a cluster read, or a network action, takes. */
export const maxClusterMembers = 500;

export interface NetworkActionInput {
  /** The account case the specialist acts from: its account's cluster bounds who may be ticked. */
  caseId: string;
  subjectIds: string[];
  verdict: Verdict;
  policyCodes: string[];
  action: ActionChoice;
  rationale: string;
  /** One per action; each member's decision is keyed `<key>:<subject>`, so a retry finds them all. */
  idempotencyKey: string;
}

type UserActor = Actor & { type: 'USER' };

export class NetworkService {
  constructor(private readonly em: EntityManager) {}

  /** The accounts linked to this one, directly or through others (`first` at most, up to 500). */
  async cluster(subjectId: string, first = 200): Promise<AccountCluster> {
    const limit = Math.max(1, Math.min(first, maxClusterMembers));
    const rows = await this.em.execute<{ id: string; account_id: string; handle: string; link_kinds: AccountSignal['kind'][]; open_cases: ClusterOpenCase[]; strike_points: number }[]>(clusterSql, [subjectId, limit + 1]);
    return {
      members: rows.slice(0, limit).map((row) => ({
        subjectId: row.id,
        accountId: row.account_id,
        handle: row.handle,
        linkedBy: [...new Set(row.link_kinds.map(linkKindOf))].sort(),
        openCases: row.open_cases,
        strikePoints: row.strike_points,
      })),
      truncated: rows.length > limit,
    };
  }

  /**
   * A specialist's network action: the one finding for each ticked member of the case's account
   * cluster, each its own NETWORK_ACTION decision with the shared rationale, on the member's open
   * case (a member with none gets a case in the same queue, opened resolved). All in one
   * transaction: if any member's case is another person's to decide (held by someone else,
   * escalated, in adjudication), none is decided.
   */
  async apply(actor: UserActor, input: NetworkActionInput): Promise<{ decisions: Decision[]; cases: ReviewCase[] }> {
    try {
      return await this.applyOnce(actor, input);
    } catch (error) {
      // A retry that raced the first attempt lost on the decisions' keys: the first one's decisions are there now.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return this.applyOnce(actor, input);
    }
  }

  private async applyOnce(actor: UserActor, input: NetworkActionInput): Promise<{ decisions: Decision[]; cases: ReviewCase[] }> {
    const policyCodes = assertFindingConsistent(input);
    const rationale = input.rationale.trim();
    if (!rationale) throw new BadUserInputError('A network action says why: give a rationale.', 'rationale');
    const subjectIds = [...new Set(input.subjectIds)].sort();
    if (subjectIds.length === 0) throw new BadUserInputError('Tick at least one account.', 'subjectIds');
    if (subjectIds.length > maxClusterMembers) throw new BadUserInputError(`A network action takes at most ${maxClusterMembers} accounts.`, 'subjectIds');
    if (!isUuid(input.caseId)) throw new NotFoundError('Case');
    const taxonomy = await new PolicyService(this.em).cachedCurrent();
    const keyOf = (subjectId: string) => `${input.idempotencyKey}:${subjectId}`;

    return this.em.transactional(async (tx) => {
      const earlier = await tx.find(Decision, { decidedBy: actor.id, idempotencyKey: { $in: subjectIds.map(keyOf) } }, { populate: ['case'], orderBy: { id: 'asc' } });
      if (earlier.length === subjectIds.length && earlier.every((decision) => decision.kind === DecisionKind.NETWORK_ACTION)) return { decisions: earlier, cases: earlier.map((decision) => decision.case) };
      if (earlier.length > 0) {
        throw new ConflictError('This idempotency key was already used for a different network action; send a new key for a new action.', 'idempotencyKey');
      }
      const anchor = await tx.findOne(ReviewCase, { id: input.caseId }, { populate: ['subject', 'queue'] });
      if (!anchor) throw new NotFoundError('Case');
      if (anchor.subject.domain !== Domain.ACCOUNT) throw new BadUserInputError('A network action acts on linked accounts: open an account case.', 'caseId');
      const cluster = new Set((await new NetworkService(tx).cluster(anchor.subject.id, maxClusterMembers)).members.map((member) => member.subjectId));
      const outside = subjectIds.find((id) => !cluster.has(id));
      if (outside) throw new BadUserInputError(`Account ${outside} is not linked to this case’s account.`, 'subjectIds');

      // Open cases of the members, locked in id order (with every other locker of cases) so two actions over one network queue up.
      const open = await tx.find(ReviewCase, { subject: { $in: subjectIds }, status: { $ne: CaseStatus.RESOLVED }, goldenCase: null }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, populate: ['subject', 'queue'] });
      const now = new Date();
      for (const held of open) {
        if (held.assignee && held.assignee.id !== actor.id && held.leaseExpiresAt && held.leaseExpiresAt > now) {
          throw new AppError(ErrorCode.CONFLICT, `${handleOf(held.subject)}’s case is being decided by someone else; try again when they are done, or untick it.`, 'subjectIds', { caseId: held.id, subjectId: held.subject.id });
        }
        if (held.status === CaseStatus.ESCALATED || held.status === CaseStatus.IN_ADJUDICATION) {
          throw new AppError(ErrorCode.CONFLICT, `${handleOf(held.subject)}’s case is ${held.status === CaseStatus.ESCALATED ? 'with a specialist tier' : 'in QA adjudication'}: decide it there, or untick it.`, 'subjectIds', { caseId: held.id, subjectId: held.subject.id });
        }
      }
      const openBySubject = new Map(open.map((held) => [held.subject.id, held]));
      const subjects = new Map((await tx.find(Subject, { id: { $in: subjectIds } })).map((subject) => [subject.id, subject]));
      const severity = policyCodes.reduce<Severity>((gravest, code) => moreSevere(gravest, taxonomy.policies.get(code)?.severity ?? Severity.S3), Severity.S3);

      const decisions: Decision[] = [];
      const cases: ReviewCase[] = [];
      const audits: AuditedChange[] = [];
      for (const subjectId of subjectIds) {
        const decided =
          openBySubject.get(subjectId) ??
          tx.create(ReviewCase, { queue: anchor.queue, subject: subjects.get(subjectId)!, severity, sources: ['network-action'], reasons: [], reportCount: 0, status: CaseStatus.OPEN, arrivedAt: now, slaDueAt: now });
        const before = { status: decided.status, assigneeId: decided.assignee?.id ?? null };
        decided.status = nextStatus(decided.status, { type: 'NETWORK_ACTION_DECIDED' });
        decided.assignee = null;
        decided.leaseExpiresAt = null;
        decided.resolvedAt = now;
        const decision = decisionOnLockedCase(tx, taxonomy, decided, { ...input, policyCodes, rationale }, {
          kind: DecisionKind.NETWORK_ACTION,
          decidedBy: actor.id,
          handleTimeMs: 0,
          idempotencyKey: keyOf(subjectId),
          createdAt: now,
        });
        decisions.push(decision);
        cases.push(decided);
        audits.push({
          action: 'case.decided',
          entityType: 'Case',
          entityId: decided.id,
          before,
          after: { status: decided.status, decisionId: decision.id, kind: decision.kind, verdict: decision.verdict, action: decision.action, networkActionFrom: anchor.id },
        });
      }
      audits.push({
        action: 'network_action.applied',
        entityType: 'Case',
        entityId: anchor.id,
        after: { subjectIds, decisionIds: decisions.map((decision) => decision.id), verdict: input.verdict, policyCodes, action: input.action.type },
      });
      await new AuditService(tx).record(actor, ...audits);
      await publish(tx, ...cases.flatMap((decided) => caseChanged(decided.id, decided.queue.id, decided.status)));
      return { decisions, cases };
    });
  }
}

function handleOf(subject: Subject): string {
  return String(subject.details.handle ?? subject.key);
}
