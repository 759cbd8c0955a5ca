import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { roleGroups } from '../kernel/access.ts';
import { AuditService } from '../audit/audit.service.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import { isUuid } from '../kernel/ids.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import { EnforcementAction } from '../decisions/actions.ts';
import type { Verdict } from '../decisions/decision.entity.ts';
import { assertFindingConsistent, assertPoliciesApply } from '../decisions/decision.service.ts';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../kernel/errors.ts';
import { User } from '../people/user.entity.ts';
import type { Actor } from '../kernel/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { CalibrationCase, CalibrationLabel, CalibrationParticipant, CalibrationSession, CalibrationStatus } from './calibration.entities.ts';
import { type CalibrationOutcome, calibrationOutcome, type GoldenLabel } from './calibration.results.ts';

type UserActor = Actor & { type: 'USER' };

/** Enough cases to compare on, few enough to label in one sitting. */
export const caseLimits = { min: 2, max: 50 } as const;
/** κ needs two raters; beyond thirty a session is a survey, not a calibration. */
export const participantLimits = { min: 2, max: 30 } as const;

export interface CreateSessionInput {
  title: string;
  caseIds: string[];
  participantIds: string[];
}

export interface SubmitLabelInput {
  sessionId: string;
  caseId: string;
  verdict: Verdict;
  policyCodes: string[];
}

/** Whose sessions a list shows; admins see all. */
export interface SessionScope {
  userId: string;
  /** A manager's team: sessions its members created are theirs to see too. */
  managedTeamId: string | null;
  all: boolean;
}

export interface ParticipantProgress {
  user: User;
  labelled: number;
  finished: boolean;
}

export class CalibrationService {
  constructor(private readonly em: EntityManager) {}

  /** The session with its creator (and the creator's team, for managers' access). */
  async find(id: string): Promise<CalibrationSession> {
    const found = isUuid(id) ? await this.em.findOne(CalibrationSession, { id }, { populate: ['createdBy'] }) : null;
    if (!found) throw new NotFoundError('Calibration session');
    return found;
  }

  async isParticipant(sessionId: string, userId: string): Promise<boolean> {
    return (await this.em.count(CalibrationParticipant, { session: sessionId, user: userId })) > 0;
  }

  /** Newest first: sessions the person created or takes part in, their team's for a manager, all for an admin. */
  async list(scope: SessionScope, page: Page): Promise<PageResult<CalibrationSession>> {
    const where = scope.all
      ? {}
      : {
          $or: [
            { createdBy: scope.userId },
            { participants: { $some: { user: scope.userId } } },
            ...(scope.managedTeamId ? [{ createdBy: { team: scope.managedTeamId } }] : []),
          ],
        };
    return findPage(this.em, CalibrationSession, where, { createdAt: 'desc', id: 'desc' }, page);
  }

  async cases(sessionId: string): Promise<ReviewCase[]> {
    const rows = await this.em.find(CalibrationCase, { session: sessionId }, { orderBy: { position: 'asc' }, populate: ['case'] });
    return rows.map((row) => row.case);
  }

  /** Each participant, in session order, with how many cases they have labelled. */
  async progress(sessionId: string): Promise<ParticipantProgress[]> {
    const [participants, caseCount, counts] = await Promise.all([
      this.em.find(CalibrationParticipant, { session: sessionId }, { orderBy: { position: 'asc' }, populate: ['user'] }),
      this.em.count(CalibrationCase, { session: sessionId }),
      this.em.execute<{ participant_id: string; labelled: number }[]>(
        'select participant_id, count(*)::int as labelled from calibration_label where session_id = ? group by participant_id',
        [sessionId],
      ),
    ]);
    const labelled = new Map(counts.map((row) => [row.participant_id, row.labelled]));
    return participants.map(({ user }) => {
      const done = labelled.get(user.id) ?? 0;
      return { user, labelled: done, finished: done === caseCount };
    });
  }

  async labelCount(sessionId: string): Promise<number> {
    return this.em.count(CalibrationLabel, { session: sessionId });
  }

  /** Only the person's own labels: while a session is open this is all anyone sees of them. */
  async labelsOf(sessionId: string, userId: string): Promise<CalibrationLabel[]> {
    return this.em.find(CalibrationLabel, { session: sessionId, participant: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /**
   * `mayUse` says whether the creator may put together cases of these queue teams and people of
   * these teams (access.ts); FORBIDDEN when not.
   */
  async create(actor: UserActor, input: CreateSessionInput, mayUse: (facts: { caseTeamIds: readonly string[]; participantTeamIds: readonly (string | null)[] }) => boolean = () => true): Promise<CalibrationSession> {
    const title = input.title.trim();
    if (!title) throw new BadUserInputError('A session needs a title.', 'title');
    const caseIds = [...new Set(input.caseIds)];
    const participantIds = [...new Set(input.participantIds)];
    if (caseIds.length < caseLimits.min || caseIds.length > caseLimits.max) {
      throw new BadUserInputError(`A session takes ${caseLimits.min} to ${caseLimits.max} different cases.`, 'caseIds');
    }
    if (participantIds.length < participantLimits.min || participantIds.length > participantLimits.max) {
      throw new BadUserInputError(`A session takes ${participantLimits.min} to ${participantLimits.max} different participants.`, 'participantIds');
    }
    const cases = caseIds.every(isUuid) ? await this.em.find(ReviewCase, { id: { $in: caseIds } }, { populate: ['queue'] }) : [];
    if (cases.length !== caseIds.length) throw new BadUserInputError('Some of the cases do not exist.', 'caseIds');
    const people = participantIds.every(isUuid) ? await this.em.find(User, { id: { $in: participantIds }, active: true }) : [];
    if (people.length !== participantIds.length || people.some((person) => !person.hasRole(...roleGroups.labellers))) {
      throw new BadUserInputError(`Every participant must be an active ${roleGroups.labellers.join(', ')}.`, 'participantIds');
    }
    if (!mayUse({ caseTeamIds: cases.map((reviewCase) => reviewCase.queue.team.id), participantTeamIds: people.map((person) => person.team?.id ?? null) })) {
      throw new ForbiddenError('Managers calibrate with their own team’s cases and people.');
    }
    return this.em.transactional(async (tx) => {
      const session = tx.create(CalibrationSession, { title, createdBy: actor.id });
      caseIds.forEach((caseId, position) => tx.create(CalibrationCase, { session, case: caseId, position }));
      participantIds.forEach((userId, position) => tx.create(CalibrationParticipant, { session, user: userId, position }));
      await new AuditService(tx).record(actor, {
        action: 'calibration.session_created',
        entityType: 'CalibrationSession',
        entityId: session.id,
        after: { title, status: session.status, caseIds, participantIds },
      });
      return session;
    });
  }

  /**
   * Records or replaces the participant's label for one case. The session row is locked so a
   * label cannot slip in after a concurrent close, and two quick submits for the same case
   * replace each other instead of racing on the unique key.
   */
  async submitLabel(actor: UserActor, input: SubmitLabelInput): Promise<CalibrationLabel> {
    // A label has no action; NO_ACTION leaves only the verdict and policy rules to check.
    const policyCodes = assertFindingConsistent({ ...input, action: { type: EnforcementAction.NO_ACTION } });
    const taxonomy = await new PolicyService(this.em).cachedCurrent();
    return this.em.transactional(async (tx) => {
      const session = await new CalibrationService(tx).lock(input.sessionId);
      if (!(await new CalibrationService(tx).isParticipant(session.id, actor.id))) throw new ForbiddenError('Only the session’s participants label its cases.');
      if (session.status !== CalibrationStatus.OPEN) throw new ConflictError('This session is closed; its labels are frozen.');
      const member = isUuid(input.caseId) ? await tx.findOne(CalibrationCase, { session: session.id, case: input.caseId }, { populate: ['case.subject'] }) : null;
      if (!member) throw new BadUserInputError('The case is not part of this session.', 'caseId');
      assertPoliciesApply(taxonomy.policies, policyCodes, member.case.subject.domain);

      const existing = await tx.findOne(CalibrationLabel, { session: session.id, case: member.case.id, participant: actor.id });
      const before = existing ? { verdict: existing.verdict, policyCodes: existing.policyCodes } : null;
      const label = existing ?? tx.create(CalibrationLabel, { session, case: member.case, participant: actor.id, verdict: input.verdict, policyCodes });
      label.verdict = input.verdict;
      label.policyCodes = policyCodes;
      await new AuditService(tx).record(actor, {
        action: 'calibration.label_submitted',
        entityType: 'CalibrationSession',
        entityId: session.id,
        before: before && { caseId: member.case.id, ...before },
        after: { caseId: member.case.id, verdict: label.verdict, policyCodes },
      });
      return label;
    });
  }

  /** Freezes the labels and makes the results readable. */
  async close(actor: UserActor, sessionId: string): Promise<CalibrationSession> {
    return this.em.transactional(async (tx) => {
      const session = await new CalibrationService(tx).lock(sessionId);
      if (session.status !== CalibrationStatus.OPEN) throw new ConflictError('This session is already closed.');
      session.status = CalibrationStatus.CLOSED;
      session.closedAt = new Date();
      await new AuditService(tx).record(actor, {
        action: 'calibration.session_closed',
        entityType: 'CalibrationSession',
        entityId: session.id,
        before: { status: CalibrationStatus.OPEN },
        after: { status: session.status, closedAt: session.closedAt },
      });
      return session;
    });
  }

  /** The results of a closed session; null while open, so nothing leaks before everyone has labelled. */
  async results(session: CalibrationSession): Promise<CalibrationOutcome | null> {
    if (session.status !== CalibrationStatus.CLOSED) return null;
    const [cases, participants, labels] = await Promise.all([
      this.em.find(CalibrationCase, { session: session.id }, { orderBy: { position: 'asc' } }),
      this.em.find(CalibrationParticipant, { session: session.id }, { orderBy: { position: 'asc' } }),
      this.em.find(CalibrationLabel, { session: session.id }),
    ]);
    const caseIds = cases.map((row) => row.case.id);
    return calibrationOutcome(
      caseIds,
      participants.map((row) => row.user.id),
      labels.map((label) => ({ caseId: label.case.id, participantId: label.participant.id, verdict: label.verdict, policyCodes: label.policyCodes })),
      await this.goldenAnswers(caseIds),
    );
  }

  /** The known answer of each case that is golden: marked as one (live), or a copy of one. */
  private async goldenAnswers(caseIds: string[]): Promise<Map<string, GoldenLabel>> {
    const rows = await this.em.execute<{ case_id: string; verdict: Verdict; policy_codes: string[] }[]>(
      `select distinct on (c.id) c.id as case_id, g.verdict, g.policy_codes
       from review_case c
       join golden_case g on g.id = c.golden_case_id or (g.source_case_id = c.id and g.retired_at is null)
       where c.id in (select jsonb_array_elements_text(?::jsonb)::uuid)
       order by c.id, g.created_at desc`,
      [JSON.stringify(caseIds)],
    );
    return new Map(rows.map((row) => [row.case_id, { verdict: row.verdict, policyCodes: row.policy_codes }]));
  }

  /** The session, row-locked until the transaction ends. */
  async lock(sessionId: string): Promise<CalibrationSession> {
    if (!this.em.isInTransaction()) throw new Error('CalibrationService.lock must run in a transaction');
    const found = isUuid(sessionId) ? await this.em.findOne(CalibrationSession, { id: sessionId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!found) throw new NotFoundError('Calibration session');
    return found;
  }
}
