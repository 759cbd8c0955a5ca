import { randomInt } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { isUuid } from '../kernel/ids.ts';
import type { EnforcementAction } from '../decisions/actions.ts';
import type { Verdict } from '../decisions/decision.entity.ts';
import { sameFinding } from '../decisions/decision.service.ts';
import { GoldenCase } from '../golden/golden-case.entity.ts';
import { AppError, BadUserInputError, ConflictError, ErrorCode, ForbiddenError, NotFoundError } from '../kernel/errors.ts';
import { NotificationKind } from '../notifications/notification.entity.ts';
import { NotificationService } from '../notifications/notification.service.ts';
import { Role } from '../kernel/roles.ts';
import { User } from '../people/user.entity.ts';
import { type Actor, systemActor } from '../kernel/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { QualityGrouping, type QualityMeasures, QualityMetricsService } from '../quality/metrics.service.ts';
import {
  AssessmentQuestion,
  AssignmentReason,
  type AttemptAnswer,
  Certification,
  QuestionKind,
  TrainingAssignment,
  TrainingAttempt,
  TrainingModule,
  TrainingProgram,
} from './training.entities.ts';

type UserActor = Actor & { type: 'USER' };

export interface NewProgram {
  title: string;
  summary: string;
  policyCode?: string | null;
  passMark: number;
  attemptLimit: number;
  certificationCode?: string | null;
  certificationValidDays?: number | null;
  remedialThreshold?: number | null;
  remedialWindowDays?: number | null;
  remedialMinChecked?: number | null;
  modules: { title: string; body: string }[];
  questions: { kind: QuestionKind; prompt: string; options?: { text: string; correct: boolean }[] | null; goldenCaseId?: string | null }[];
}

export interface SubmittedAnswer {
  questionId: string;
  optionIds?: string[] | null;
  finding?: { verdict: Verdict; policyCodes: string[]; action: EnforcementAction } | null;
}

export enum TrainingStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  OVERDUE = 'OVERDUE',
}

/** One person's standing in one program. */
export interface TrainingProgress {
  userId: string;
  programId: string;
  status: TrainingStatus;
  /** Attempts used since the count last started (a pass, or the latest assignment). */
  attemptsUsed: number;
  attemptsLeft: number;
  bestScore: number | null;
  lastAttemptAt: Date | null;
  dueAt: Date | null;
  assignmentReason: AssignmentReason | null;
}

/** Days before expiry when the holder is reminded. */
export const certificationReminderDays = 14;
/** Days an automatic remedial assignment gives. */
export const remedialDueDays = 14;

const certificationCodePattern = /^[A-Z][A-Z0-9_]{2,63}$/;

/**
 * Training and certification: programs of Markdown modules and an assessment (multiple choice,
 * and practice cases graded against golden answers), attempts shuffled per sitting, the
 * certifications a pass grants (which gate queues, see case.sql.ts), assignments and progress,
 * expiry reminders and remedial assignment.
 */
/**
 * Accuracy from its counts (QA samples and golden answers), since the program sets its own
 * minimum (`remedialMinChecked`) rather than the estimate's; callers check the minimum first.
 */
function accuracyOf(row: QualityMeasures): number {
  return (row.qaAgreed + row.goldenCorrect) / (row.qaChecked + row.goldenAnswered);
}

export class TrainingService {
  constructor(private readonly em: EntityManager) {}

  async programs(includeArchived: boolean): Promise<TrainingProgram[]> {
    return this.em.find(TrainingProgram, includeArchived ? {} : { archivedAt: null }, { orderBy: { title: 'asc', id: 'asc' } });
  }

  async program(id: string): Promise<TrainingProgram> {
    const found = isUuid(id) ? await this.em.findOne(TrainingProgram, { id }) : null;
    if (!found) throw new NotFoundError('Training program');
    return found;
  }

  async modules(programId: string): Promise<TrainingModule[]> {
    return this.em.find(TrainingModule, { program: programId }, { orderBy: { position: 'asc' } });
  }

  async questionCount(programId: string): Promise<number> {
    return this.em.count(AssessmentQuestion, { program: programId });
  }

  async create(actor: UserActor, input: NewProgram): Promise<TrainingProgram> {
    const taxonomy = await new PolicyService(this.em).cachedCurrent();
    checkProgram(input, taxonomy.policies);
    const goldenIds = input.questions.flatMap((question) => (question.kind === QuestionKind.PRACTICE_CASE ? [question.goldenCaseId!] : []));
    const golden = goldenIds.length ? await this.em.find(GoldenCase, { id: { $in: goldenIds.filter(isUuid) }, retiredAt: null }) : [];
    goldenIds.forEach((id, i) => {
      if (!golden.some((found) => found.id === id)) throw new BadUserInputError(`Practice case ${i + 1}: no live golden case has this id.`, 'questions');
    });
    return this.em.transactional(async (tx) => {
      const program = tx.create(TrainingProgram, {
        title: input.title.trim(),
        summary: input.summary.trim(),
        policyCode: input.policyCode ?? null,
        passMark: input.passMark,
        attemptLimit: input.attemptLimit,
        certificationCode: input.certificationCode ?? null,
        certificationValidDays: input.certificationValidDays ?? null,
        remedialThreshold: input.remedialThreshold ?? null,
        remedialWindowDays: input.remedialWindowDays ?? 30,
        remedialMinChecked: input.remedialMinChecked ?? 5,
        createdBy: actor.id,
      });
      input.modules.forEach((module, i) => tx.create(TrainingModule, { program, position: i + 1, title: module.title.trim(), body: module.body }));
      input.questions.forEach((question, i) => {
        const options = (question.options ?? []).map((option, j) => ({ id: `o${j + 1}`, text: option.text.trim(), correct: option.correct }));
        tx.create(AssessmentQuestion, {
          program,
          position: i + 1,
          kind: question.kind,
          prompt: question.prompt.trim(),
          options: options.map(({ id, text }) => ({ id, text })),
          correctOptionIds: options.filter((option) => option.correct).map((option) => option.id),
          goldenCase: question.kind === QuestionKind.PRACTICE_CASE ? question.goldenCaseId : null,
        });
      });
      await tx.flush();
      await new AuditService(tx).record(actor, {
        action: 'training.program_created',
        entityType: 'TrainingProgram',
        entityId: program.id,
        after: { title: program.title, modules: input.modules.length, questions: input.questions.length, passMark: program.passMark, certificationCode: program.certificationCode },
      });
      return program;
    });
  }

  async archive(actor: UserActor, programId: string): Promise<TrainingProgram> {
    return this.em.transactional(async (tx) => {
      const program = await new TrainingService(tx).program(programId);
      if (program.archivedAt) throw new ConflictError('This program is already archived.');
      program.archivedAt = new Date();
      await new AuditService(tx).record(actor, { action: 'training.program_archived', entityType: 'TrainingProgram', entityId: program.id, before: { archivedAt: null }, after: { archivedAt: program.archivedAt } });
      return program;
    });
  }

  /**
   * Starts a sitting of the assessment with its own order of questions and options, or returns
   * the one the person has open. ATTEMPT_LIMIT_REACHED once the attempts since the count last
   * started (a pass, or the latest assignment) are used up.
   */
  async startAttempt(actor: UserActor, programId: string): Promise<TrainingAttempt> {
    return this.em.transactional(async (tx) => {
      // Locking the person serialises their starts, so two tabs cannot both open an attempt.
      await tx.findOneOrFail(User, { id: actor.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const program = await new TrainingService(tx).program(programId);
      if (program.archivedAt) throw new ConflictError('This program has left the catalogue.');
      const open = await tx.findOne(TrainingAttempt, { program: program.id, user: actor.id, submittedAt: null });
      if (open) return open;
      const [progress] = await new TrainingService(tx).progress([actor.id], [program]);
      if (progress!.attemptsLeft <= 0) {
        throw new AppError(ErrorCode.ATTEMPT_LIMIT_REACHED, `You have used all ${program.attemptLimit} attempts at ${program.title}; ask your manager to assign it again.`);
      }
      const questions = await tx.find(AssessmentQuestion, { program: program.id }, { orderBy: { position: 'asc' } });
      const attempt = tx.create(TrainingAttempt, {
        program,
        user: actor.id,
        layout: shuffled(questions).map((question) => ({ questionId: question.id, optionIds: shuffled(question.options).map((option) => option.id) })),
      });
      await tx.flush();
      await new AuditService(tx).record(actor, { action: 'training.attempt_started', entityType: 'TrainingProgram', entityId: program.id, after: { attemptId: attempt.id } });
      return attempt;
    });
  }

  /** One of the person's attempts; someone else's is FORBIDDEN (an attempt is only ever its taker's). */
  async attempt(actor: UserActor, id: string, lock = false): Promise<TrainingAttempt> {
    const found = isUuid(id) ? await this.em.findOne(TrainingAttempt, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
    if (!found) throw new NotFoundError('Training attempt');
    if (found.user.id !== actor.id) throw new ForbiddenError('This is someone else’s attempt.');
    return found;
  }

  async questionsOf(attempt: TrainingAttempt): Promise<Map<string, AssessmentQuestion>> {
    const questions = await this.em.find(AssessmentQuestion, { id: { $in: attempt.layout.map((item) => item.questionId) } }, { populate: ['goldenCase'] });
    return new Map(questions.map((question) => [question.id, question]));
  }

  /**
   * Grades the attempt: a multiple-choice answer is right with exactly the right options, a
   * practice case with the golden answer's verdict, action and policies. A pass at the mark
   * grants the program's certification.
   */
  async submitAttempt(actor: UserActor, attemptId: string, answers: SubmittedAnswer[]): Promise<TrainingAttempt> {
    return this.em.transactional(async (tx) => {
      const attempt = await new TrainingService(tx).attempt(actor, attemptId, true);
      if (attempt.submittedAt) throw new ConflictError('This attempt was already submitted.');
      const program = await new TrainingService(tx).program(attempt.program.id);
      const questions = await new TrainingService(tx).questionsOf(attempt);
      const given = new Map(answers.map((answer) => [answer.questionId, answer]));
      for (const answer of answers) {
        if (!attempt.layout.some((item) => item.questionId === answer.questionId)) throw new BadUserInputError('An answer is for a question not in this attempt.', 'answers');
      }
      const graded: AttemptAnswer[] = attempt.layout.map(({ questionId }) => {
        const question = questions.get(questionId)!;
        const answer = given.get(questionId);
        const correct =
          question.kind === QuestionKind.MULTIPLE_CHOICE
            ? sameSet(answer?.optionIds ?? [], question.correctOptionIds)
            : answer?.finding != null && sameFinding(answer.finding, question.goldenCase!);
        return { questionId, optionIds: answer?.optionIds ?? null, finding: answer?.finding ?? null, correct };
      });
      const now = new Date();
      attempt.answers = graded;
      attempt.submittedAt = now;
      attempt.correct = graded.filter((answer) => answer.correct).length;
      attempt.score = graded.length ? attempt.correct / graded.length : 0;
      attempt.passed = attempt.score >= program.passMark;
      attempt.timeSpentMs = now.getTime() - attempt.startedAt.getTime();
      await new AuditService(tx).record(actor, {
        action: 'training.attempt_submitted',
        entityType: 'TrainingProgram',
        entityId: program.id,
        after: { attemptId: attempt.id, correct: attempt.correct, total: graded.length, score: attempt.score, passed: attempt.passed, timeSpentMs: attempt.timeSpentMs },
      });
      if (attempt.passed && program.certificationCode && program.certificationValidDays) {
        const certification = tx.create(Certification, {
          user: actor.id,
          code: program.certificationCode,
          program,
          grantedAt: now,
          expiresAt: new Date(now.getTime() + program.certificationValidDays * 86_400_000),
        });
        await tx.flush();
        await new AuditService(tx).record(actor, {
          action: 'certification.granted',
          entityType: 'Certification',
          entityId: certification.id,
          after: { userId: actor.id, code: certification.code, expiresAt: certification.expiresAt, attemptId: attempt.id },
        });
      }
      return attempt;
    });
  }

  /** Each person's standing in each program, assigned or not. */
  async progress(userIds: readonly string[], programs: readonly TrainingProgram[], now = new Date()): Promise<TrainingProgress[]> {
    if (userIds.length === 0 || programs.length === 0) return [];
    const programIds = programs.map((program) => program.id);
    const [attempts, assignments] = await Promise.all([
      this.em.find(TrainingAttempt, { user: { $in: [...userIds] }, program: { $in: programIds } }, { orderBy: { startedAt: 'asc' } }),
      this.em.find(TrainingAssignment, { user: { $in: [...userIds] }, program: { $in: programIds } }, { orderBy: { assignedAt: 'asc' } }),
    ]);
    return userIds.flatMap((userId) =>
      programs.map((program) => {
        const mine = attempts.filter((attempt) => attempt.user.id === userId && attempt.program.id === program.id);
        const assignment = assignments.filter((row) => row.user.id === userId && row.program.id === program.id).at(-1) ?? null;
        const lastPass = mine.filter((attempt) => attempt.passed).at(-1) ?? null;
        const countFrom = Math.max(lastPass?.submittedAt?.getTime() ?? 0, assignment?.assignedAt.getTime() ?? 0);
        const counted = mine.filter((attempt) => attempt.startedAt.getTime() >= countFrom && attempt !== lastPass);
        const passedSinceAssigned = lastPass !== null && (!assignment || lastPass.submittedAt!.getTime() >= assignment.assignedAt.getTime());
        const open = mine.some((attempt) => !attempt.submittedAt);
        let status: TrainingStatus;
        if (passedSinceAssigned) status = TrainingStatus.PASSED;
        else if (assignment && assignment.dueAt <= now) status = TrainingStatus.OVERDUE;
        else if (counted.length >= program.attemptLimit && !open) status = TrainingStatus.FAILED;
        else if (open || counted.length > 0) status = TrainingStatus.IN_PROGRESS;
        else status = TrainingStatus.NOT_STARTED;
        const scores = mine.flatMap((attempt) => (attempt.score === null || attempt.score === undefined ? [] : [attempt.score]));
        return {
          userId,
          programId: program.id,
          status,
          attemptsUsed: counted.length,
          attemptsLeft: Math.max(0, program.attemptLimit - counted.length),
          bestScore: scores.length ? Math.max(...scores) : null,
          lastAttemptAt: mine.at(-1)?.startedAt ?? null,
          dueAt: assignment?.dueAt ?? null,
          assignmentReason: assignment?.reason ?? null,
        };
      }),
    );
  }

  /** Assigns the program to the people (and a team's evaluators), due by `dueAt`; assigning again moves the date and restarts the attempt count. */
  async assign(actor: UserActor, programId: string, userIds: string[], dueAt: Date): Promise<TrainingAssignment[]> {
    if (dueAt.getTime() <= Date.now()) throw new BadUserInputError('The due date must be in the future.', 'dueAt');
    return this.em.transactional(async (tx) => {
      const program = await new TrainingService(tx).program(programId);
      // Assignments of one program are serialised: two managers assigning the same person at once
      // would otherwise both miss the existing row and race on its unique key.
      await tx.execute('select 1 from training_program where id = ? for update', [program.id]);
      if (program.archivedAt) throw new ConflictError('This program has left the catalogue.');
      const assigned: TrainingAssignment[] = [];
      for (const userId of [...new Set(userIds)]) {
        const existing = await tx.findOne(TrainingAssignment, { program: program.id, user: userId, reason: AssignmentReason.MANAGER });
        const before = existing ? { dueAt: existing.dueAt, assignedAt: existing.assignedAt } : null;
        const assignment = existing ?? tx.create(TrainingAssignment, { program, user: userId, reason: AssignmentReason.MANAGER, dueAt });
        assignment.dueAt = dueAt;
        assignment.assignedAt = new Date();
        assignment.assignedBy = tx.getReference(User, actor.id);
        await tx.flush();
        await new AuditService(tx).record(actor, {
          action: 'training.assigned',
          entityType: 'TrainingAssignment',
          entityId: assignment.id,
          before,
          after: { programId: program.id, userId, dueAt, reason: AssignmentReason.MANAGER },
        });
        assigned.push(assignment);
      }
      await new NotificationService(tx).notify(userIds, { kind: NotificationKind.TRAINING_ASSIGNED, text: `${program.title} was assigned to you, due ${dueAt.toISOString().slice(0, 10)}.` });
      return assigned;
    });
  }

  /** Valid certifications of the person, soonest to expire first. */
  async validCertifications(userId: string, now = new Date()): Promise<Certification[]> {
    return this.em.find(Certification, { user: userId, expiresAt: { $gt: now } }, { orderBy: { expiresAt: 'asc' } });
  }

  /**
   * Reminds holders of certifications expiring within the reminder window that they hold no
   * later one of, once each, however many instances run it at once (the UPDATE's row locks and
   * its `reminder_sent_at is null` re-check). Returns how many were reminded.
   */
  async remindExpiring(now = new Date()): Promise<number> {
    return this.em.transactional(async (tx) => {
      const due = await tx.execute<{ id: string; user_id: string; code: string; expires_at: Date }[]>(
        `update certification c set reminder_sent_at = ?
         where c.reminder_sent_at is null and c.expires_at > ? and c.expires_at <= ?::timestamptz + make_interval(days => ${certificationReminderDays})
           and not exists (select 1 from certification later where later.user_id = c.user_id and later.code = c.code and later.expires_at > c.expires_at)
         returning c.id, c.user_id, c.code, c.expires_at`,
        [now, now, now],
      );
      const notifications = new NotificationService(tx);
      for (const row of due) {
        await notifications.notify([row.user_id], {
          kind: NotificationKind.CERTIFICATION_EXPIRING,
          text: `Your ${row.code} certification expires on ${new Date(row.expires_at).toISOString().slice(0, 10)}: take its program again to keep working the queues that need it.`,
        });
        await new AuditService(tx).record(systemActor, { action: 'certification.reminded', entityType: 'Certification', entityId: row.id, before: { reminderSentAt: null }, after: { reminderSentAt: now } });
      }
      return due.length;
    });
  }

  /**
   * Remedial training: for every program with a policy and a threshold, evaluators whose
   * accuracy on that policy over the trailing window is below it (with enough checked decisions
   * to tell) get the program assigned, once ever (the unique key on program, person and reason),
   * and their team's managers are told. Returns the new assignments.
   */
  async assignRemedial(now = new Date()): Promise<TrainingAssignment[]> {
    const programs = await this.em.find(TrainingProgram, { archivedAt: null, policyCode: { $ne: null }, remedialThreshold: { $ne: null } });
    const created: TrainingAssignment[] = [];
    for (const program of programs) {
      const from = new Date(now.getTime() - program.remedialWindowDays * 86_400_000);
      const measured = await new QualityMetricsService(this.em).measure({ from, to: now, policyCode: program.policyCode }, QualityGrouping.EVALUATOR);
      const below = measured.filter(
        (row) => row.qaChecked + row.goldenAnswered >= program.remedialMinChecked && accuracyOf(row) < program.remedialThreshold!,
      );
      if (below.length === 0) continue;
      await this.em.transactional(async (tx) => {
        for (const row of below) {
          const [inserted] = await tx.execute<{ id: string }[]>(
            `insert into training_assignment (id, program_id, user_id, reason, due_at, assigned_at)
             values (gen_random_uuid(), ?, ?, 'REMEDIAL', ?, ?)
             on conflict (program_id, user_id, reason) do nothing returning id`,
            [program.id, row.key, new Date(now.getTime() + remedialDueDays * 86_400_000), now],
          );
          if (!inserted) continue;
          const assignment = await tx.findOneOrFail(TrainingAssignment, { id: inserted.id });
          created.push(assignment);
          const accuracy = `${Math.round(accuracyOf(row) * 100)}%`;
          await new AuditService(tx).record(systemActor, {
            action: 'training.assigned',
            entityType: 'TrainingAssignment',
            entityId: assignment.id,
            after: { programId: program.id, userId: row.key, dueAt: assignment.dueAt, reason: AssignmentReason.REMEDIAL, accuracy: accuracyOf(row), policyCode: program.policyCode },
          });
          const notifications = new NotificationService(tx);
          await notifications.notify([row.key], {
            kind: NotificationKind.TRAINING_ASSIGNED,
            text: `${program.title} was assigned to you as a refresher on ${program.policyCode}, due ${assignment.dueAt.toISOString().slice(0, 10)}.`,
          });
          const managers = await tx.execute<{ id: string }[]>(
            `select m.id from app_user m join app_user e on e.team_id = m.team_id where e.id = ? and m.active and ? = any(m.roles)`,
            [row.key, Role.MANAGER],
          );
          await notifications.notify(
            managers.map((manager) => manager.id),
            { kind: NotificationKind.REMEDIAL_TRAINING_ASSIGNED, text: `${row.label}'s accuracy on ${program.policyCode} was ${accuracy} over ${program.remedialWindowDays} days, so ${program.title} was assigned.` },
          );
        }
      });
    }
    return created;
  }
}

/** Refuses a program that could not be taught or passed as written. */
function checkProgram(input: NewProgram, policies: Map<string, unknown>): void {
  if (!input.title.trim()) throw new BadUserInputError('Give the program a title.', 'title');
  if (!(input.passMark > 0 && input.passMark <= 1)) throw new BadUserInputError('The pass mark is a share above 0 and at most 1.', 'passMark');
  if (!Number.isInteger(input.attemptLimit) || input.attemptLimit < 1 || input.attemptLimit > 20) throw new BadUserInputError('Allow 1 to 20 attempts.', 'attemptLimit');
  if (input.policyCode && !policies.has(input.policyCode)) throw new BadUserInputError(`No current policy has the code ${input.policyCode}.`, 'policyCode');
  if (Boolean(input.certificationCode) !== Boolean(input.certificationValidDays)) {
    throw new BadUserInputError('A certification needs both its code and how many days it is valid.', input.certificationCode ? 'certificationValidDays' : 'certificationCode');
  }
  if (input.certificationCode && !certificationCodePattern.test(input.certificationCode)) {
    throw new BadUserInputError('A certification code is 3 to 64 capitals, digits and underscores, starting with a letter.', 'certificationCode');
  }
  if (input.certificationValidDays != null && (input.certificationValidDays < 1 || input.certificationValidDays > 1095)) {
    throw new BadUserInputError('A certification lasts 1 to 1095 days.', 'certificationValidDays');
  }
  if (input.remedialThreshold != null) {
    if (!input.policyCode) throw new BadUserInputError('Remedial training needs the policy it refreshes.', 'policyCode');
    if (!(input.remedialThreshold > 0 && input.remedialThreshold <= 1)) throw new BadUserInputError('The remedial threshold is a share above 0 and at most 1.', 'remedialThreshold');
  }
  if (input.modules.length === 0) throw new BadUserInputError('A program needs at least one module.', 'modules');
  if (input.modules.some((module) => !module.title.trim() || !module.body.trim())) throw new BadUserInputError('Every module needs a title and some material.', 'modules');
  if (input.questions.length === 0) throw new BadUserInputError('The assessment needs at least one question.', 'questions');
  input.questions.forEach((question, i) => {
    if (!question.prompt.trim()) throw new BadUserInputError(`Question ${i + 1} needs a prompt.`, 'questions');
    if (question.kind === QuestionKind.MULTIPLE_CHOICE) {
      const options = question.options ?? [];
      if (options.length < 2 || options.length > 8) throw new BadUserInputError(`Question ${i + 1} needs 2 to 8 options.`, 'questions');
      if (!options.some((option) => option.correct)) throw new BadUserInputError(`Question ${i + 1} needs at least one right option.`, 'questions');
      if (options.some((option) => !option.text.trim())) throw new BadUserInputError(`Question ${i + 1} has an empty option.`, 'questions');
    } else if (!question.goldenCaseId) {
      throw new BadUserInputError(`Practice case ${i + 1} needs a golden case.`, 'questions');
    }
  });
}

/** A new array in a uniformly random order (Fisher–Yates over a cryptographic source). */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return [...new Set(a)].sort().join() === [...new Set(b)].sort().join();
}
