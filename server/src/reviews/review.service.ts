import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAdmin, mayOverseeTeam, mayReadReview, mayWriteReviewOf, personFacts, requireSignedIn } from '../kernel/access.ts';
import { AuditService } from '../audit/audit.service.ts';
import { isUuid } from '../kernel/ids.ts';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../kernel/errors.ts';
import { User } from '../people/user.entity.ts';
import type { Actor, Viewer } from '../kernel/viewer.ts';
import { bootstrapped, type Estimate, medianEstimate, proportion } from '../quality/estimate.ts';
import { median, QualityGrouping, type QualityMeasures, QualityMetricsService } from '../quality/metrics.service.ts';
import {
  CoachingGoal,
  Competency,
  type CompetencyRating,
  GoalStatus,
  PerformanceReview,
  ratingScale,
  ReviewAddendum,
  ReviewStatus,
  type SnapshotMetric,
} from './review.entities.ts';

type UserActor = Actor & { type: 'USER' };

export interface ReviewEdit {
  ratings?: CompetencyRating[] | null;
  strengths?: string | null;
  improvements?: string | null;
}

/** The measures a review freezes, in the order it shows them. */
const snapshotMeasures: { key: keyof QualityMeasures | 'trainingCompleted'; label: string; unit: SnapshotMetric['unit'] }[] = [
  { key: 'casesHandled', label: 'Throughput (cases handled: decided or escalated)', unit: 'COUNT' },
  { key: 'medianHandleTimeMs', label: 'Median handle time (server-measured)', unit: 'MILLISECONDS' },
  { key: 'accuracy', label: 'Accuracy (QA samples and golden)', unit: 'SHARE' },
  { key: 'kappaVsReference', label: 'Agreement with QA and golden answers (Cohen’s κ)', unit: 'KAPPA' },
  { key: 'slaAdherence', label: 'SLA adherence', unit: 'SHARE' },
  { key: 'escalationRate', label: 'Escalation rate (discretionary)', unit: 'SHARE' },
  { key: 'escalationPrecision', label: 'Escalation precision (discretionary)', unit: 'SHARE' },
  { key: 'trainingCompleted', label: 'Training programs passed', unit: 'COUNT' },
];

/** The estimate of a measure nobody was measured for: n = 0, too few to tell. */
function emptyEstimate(unit: SnapshotMetric['unit']): Estimate {
  return unit === 'MILLISECONDS' ? medianEstimate([]) : unit === 'KAPPA' ? bootstrapped([], () => null) : proportion(0, 0);
}

const maxPeriodDays = 370;

/**
 * Performance reviews: a manager writes one per evaluator per period. Creating it freezes the
 * period's measures from the metrics service beside the team's medians; ratings, strengths,
 * improvements and coaching goals are written while it is a draft; once shared it cannot change,
 * only gain addenda, and the evaluator acknowledges it with a comment. Only the evaluator (once
 * shared), their team's managers and admins read it.
 */
export class ReviewService {
  constructor(private readonly em: EntityManager) {}

  async find(viewer: Viewer, id: string): Promise<PerformanceReview> {
    const review = isUuid(id) ? await this.em.findOne(PerformanceReview, { id }, { populate: ['evaluator'] }) : null;
    if (!review || !canRead(viewer, review)) throw new NotFoundError('Performance review');
    return review;
  }

  /** The reviews the viewer may read, of one evaluator or all they may see, newest period first. */
  async list(viewer: Viewer, evaluatorId?: string | null): Promise<PerformanceReview[]> {
    const user = requireSignedIn(viewer);
    const where: Record<string, unknown> = {};
    if (evaluatorId) {
      if (!isUuid(evaluatorId)) throw new NotFoundError('User');
      where.evaluator = evaluatorId;
    }
    if (!isAdmin(viewer)) {
      // The list form of mayReadReview: own shared reviews, and the team's for its managers.
      const own = { evaluator: user.id, status: { $ne: ReviewStatus.DRAFT } };
      where.$or = mayOverseeTeam(viewer, user.teamId) ? [own, { evaluator: { team: user.teamId } }] : [own];
    }
    return this.em.find(PerformanceReview, where, { orderBy: { periodEnd: 'desc', id: 'desc' }, populate: ['evaluator'] });
  }

  async create(actor: UserActor, viewer: Viewer, input: { evaluatorId: string; periodStart: Date; periodEnd: Date }): Promise<PerformanceReview> {
    if (!(input.periodStart < input.periodEnd)) throw new BadUserInputError('The period must end after it starts.', 'periodEnd');
    if (input.periodEnd.getTime() - input.periodStart.getTime() > maxPeriodDays * 86_400_000) throw new BadUserInputError(`A review covers at most ${maxPeriodDays} days.`, 'periodStart');
    const evaluator = isUuid(input.evaluatorId) ? await this.em.findOne(User, { id: input.evaluatorId }) : null;
    if (!evaluator) throw new NotFoundError('User');
    assertManages(viewer, evaluator);
    if (evaluator.id === actor.id) throw new ForbiddenError('Nobody reviews themselves.');
    const snapshot = await this.snapshot(evaluator, input.periodStart, input.periodEnd);
    try {
      return await this.em.transactional(async (tx) => {
        const review = tx.create(PerformanceReview, { evaluator, author: actor.id, periodStart: input.periodStart, periodEnd: input.periodEnd, snapshot });
        await tx.flush();
        await new AuditService(tx).record(actor, {
          action: 'review.created',
          entityType: 'PerformanceReview',
          entityId: review.id,
          after: { evaluatorId: evaluator.id, periodStart: input.periodStart, periodEnd: input.periodEnd, snapshot },
        });
        return review;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('This evaluator already has a review for this period.', 'periodStart');
      throw error;
    }
  }

  async update(actor: UserActor, viewer: Viewer, id: string, edit: ReviewEdit): Promise<PerformanceReview> {
    if (edit.ratings) checkRatings(edit.ratings);
    return this.em.transactional(async (tx) => {
      const review = await this.lockDraft(tx, viewer, id);
      const before = { ratings: review.ratings, strengths: review.strengths, improvements: review.improvements };
      if (edit.ratings) review.ratings = edit.ratings.map((rating) => ({ ...rating, note: rating.note.trim() }));
      if (edit.strengths != null) review.strengths = edit.strengths.trim();
      if (edit.improvements != null) review.improvements = edit.improvements.trim();
      await new AuditService(tx).record(actor, {
        action: 'review.updated',
        entityType: 'PerformanceReview',
        entityId: review.id,
        before,
        after: { ratings: review.ratings, strengths: review.strengths, improvements: review.improvements },
      });
      return review;
    });
  }

  async addGoal(actor: UserActor, viewer: Viewer, reviewId: string, goal: { title: string; dueAt: Date }): Promise<CoachingGoal> {
    if (!goal.title.trim()) throw new BadUserInputError('Say what the goal is.', 'title');
    return this.em.transactional(async (tx) => {
      const review = await this.lockDraft(tx, viewer, reviewId);
      if (goal.dueAt <= review.periodEnd && goal.dueAt <= new Date()) throw new BadUserInputError('A goal is due in the future.', 'dueAt');
      const created = tx.create(CoachingGoal, { review, evaluator: review.evaluator, title: goal.title.trim(), dueAt: goal.dueAt });
      await tx.flush();
      await new AuditService(tx).record(actor, { action: 'review.goal_added', entityType: 'CoachingGoal', entityId: created.id, after: { reviewId: review.id, title: created.title, dueAt: created.dueAt } });
      return created;
    });
  }

  /**
   * Follows a goal up in a later draft review of the same evaluator (or in the draft that set
   * it): its status and a note. Goals of shared reviews are followed up in the next review.
   */
  async followUpGoal(actor: UserActor, viewer: Viewer, input: { goalId: string; reviewId: string; status: GoalStatus; note?: string | null }): Promise<CoachingGoal> {
    return this.em.transactional(async (tx) => {
      const review = await this.lockDraft(tx, viewer, input.reviewId);
      const goal = isUuid(input.goalId) ? await tx.findOne(CoachingGoal, { id: input.goalId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!goal || goal.evaluator.id !== review.evaluator.id) throw new NotFoundError('Coaching goal');
      const before = { status: goal.status, followUp: goal.followUp ?? null };
      goal.status = input.status;
      goal.followUp = input.note?.trim() || null;
      goal.followedUpIn = review;
      await new AuditService(tx).record(actor, { action: 'review.goal_followed_up', entityType: 'CoachingGoal', entityId: goal.id, before, after: { status: goal.status, followUp: goal.followUp, reviewId: review.id } });
      return goal;
    });
  }

  async share(actor: UserActor, viewer: Viewer, id: string): Promise<PerformanceReview> {
    return this.em.transactional(async (tx) => {
      const review = await this.lockDraft(tx, viewer, id);
      const missing = Object.values(Competency).filter((competency) => !review.ratings.some((rating) => rating.competency === competency));
      if (missing.length) throw new BadUserInputError(`Rate every competency before sharing; missing: ${missing.join(', ')}.`, 'ratings');
      review.status = ReviewStatus.SHARED;
      review.sharedAt = new Date();
      await new AuditService(tx).record(actor, { action: 'review.shared', entityType: 'PerformanceReview', entityId: review.id, before: { status: ReviewStatus.DRAFT }, after: { status: review.status } });
      return review;
    });
  }

  async acknowledge(actor: UserActor, id: string, comment: string): Promise<PerformanceReview> {
    return this.em.transactional(async (tx) => {
      const review = isUuid(id) ? await tx.findOne(PerformanceReview, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!review || (review.evaluator.id !== actor.id && review.status === ReviewStatus.DRAFT)) throw new NotFoundError('Performance review');
      if (review.evaluator.id !== actor.id) throw new ForbiddenError('Only the evaluator acknowledges their review.');
      if (review.status !== ReviewStatus.SHARED) throw new ConflictError(review.status === ReviewStatus.ACKNOWLEDGED ? 'You already acknowledged this review.' : 'This review is not shared yet.');
      review.status = ReviewStatus.ACKNOWLEDGED;
      review.acknowledgedAt = new Date();
      review.evaluatorComment = comment.trim() || null;
      await new AuditService(tx).record(actor, {
        action: 'review.acknowledged',
        entityType: 'PerformanceReview',
        entityId: review.id,
        before: { status: ReviewStatus.SHARED },
        after: { status: review.status, comment: review.evaluatorComment },
      });
      return review;
    });
  }

  async addAddendum(actor: UserActor, viewer: Viewer, reviewId: string, body: string): Promise<ReviewAddendum> {
    if (!body.trim()) throw new BadUserInputError('Write what the addendum adds.', 'body');
    return this.em.transactional(async (tx) => {
      const review = await new ReviewService(tx).find(viewer, reviewId);
      assertManages(viewer, review.evaluator);
      if (review.status === ReviewStatus.DRAFT) throw new ConflictError('A draft is edited, not added to.');
      const addendum = tx.create(ReviewAddendum, { review, author: actor.id, body: body.trim() });
      await tx.flush();
      await new AuditService(tx).record(actor, { action: 'review.addendum_added', entityType: 'PerformanceReview', entityId: review.id, after: { addendumId: addendum.id } });
      return addendum;
    });
  }

  async addenda(reviewId: string): Promise<ReviewAddendum[]> {
    return this.em.find(ReviewAddendum, { review: reviewId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async goalsSetIn(reviewId: string): Promise<CoachingGoal[]> {
    return this.em.find(CoachingGoal, { review: reviewId }, { orderBy: { dueAt: 'asc', id: 'asc' } });
  }

  /** Goals from the evaluator's earlier reviews to follow up in this one: those still open, and those followed up here. */
  async goalsToFollowUp(review: PerformanceReview): Promise<CoachingGoal[]> {
    return this.em.find(
      CoachingGoal,
      { evaluator: review.evaluator.id, review: { $ne: review.id, periodEnd: { $lte: review.periodEnd } }, $or: [{ status: GoalStatus.OPEN }, { followedUpIn: review.id }] },
      { orderBy: { dueAt: 'asc', id: 'asc' } },
    );
  }

  /** The evaluator's coaching goals, open ones first. */
  async goalsOf(evaluatorId: string): Promise<CoachingGoal[]> {
    const goals = await this.em.find(CoachingGoal, { evaluator: evaluatorId, review: { status: { $ne: ReviewStatus.DRAFT } } }, { orderBy: { dueAt: 'asc', id: 'asc' } });
    return [...goals.filter((goal) => goal.status === GoalStatus.OPEN), ...goals.filter((goal) => goal.status !== GoalStatus.OPEN)];
  }

  /** The evaluator's measures for the period beside the medians of their team's members. */
  private async snapshot(evaluator: User, from: Date, to: Date): Promise<PerformanceReview['snapshot']> {
    const teamId = evaluator.team?.id ?? null;
    const asOf = new Date();
    const rows = await new QualityMetricsService(this.em).measure(teamId ? { from, to, teamId } : { from, to, evaluatorId: evaluator.id }, QualityGrouping.EVALUATOR, asOf);
    const passed = await this.em.execute<{ user_id: string; programs: number }[]>(
      `select a.user_id, count(distinct a.program_id)::int as programs
       from training_attempt a join app_user u on u.id = a.user_id
       where a.passed and a.submitted_at >= ? and a.submitted_at < ? and (u.team_id = ? or u.id = ?)
       group by a.user_id`,
      [from, to, teamId, evaluator.id],
    );
    const trainingOf = new Map(passed.map((row) => [row.user_id, row.programs]));
    const estimateOf = (row: QualityMeasures | undefined, key: (typeof snapshotMeasures)[number]['key']): Estimate | null => {
      const field = key === 'trainingCompleted' ? undefined : row?.[key];
      return field !== undefined && typeof field === 'object' && field !== null && 'tooFewToTell' in field ? (field as Estimate) : null;
    };
    const valueOf = (row: QualityMeasures | undefined, key: (typeof snapshotMeasures)[number]['key'], userId: string): number | null =>
      key === 'trainingCompleted' ? (trainingOf.get(userId) ?? 0) : key === 'casesHandled' ? (row?.casesHandled ?? null) : (estimateOf(row, key)?.value ?? null);
    const mine = rows.find((row) => row.key === evaluator.id);
    const metrics = snapshotMeasures.map(({ key, label, unit }) => ({
      key,
      label,
      unit,
      value: key === 'casesHandled' ? (mine?.casesHandled ?? 0) : valueOf(mine, key, evaluator.id),
      estimate: unit === 'COUNT' ? null : (estimateOf(mine, key) ?? (mine ? null : emptyEstimate(unit))),
      teamMedian: median(rows.map((row) => valueOf(row, key, row.key)).filter((value): value is number => value !== null)),
    }));
    return { metrics, teamSize: rows.length, takenAt: asOf.toISOString(), asOf: asOf.toISOString() };
  }

  private async lockDraft(tx: EntityManager, viewer: Viewer, id: string): Promise<PerformanceReview> {
    const review = isUuid(id) ? await tx.findOne(PerformanceReview, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (review) await tx.populate(review, ['evaluator']);
    if (!review || !canRead(viewer, review)) throw new NotFoundError('Performance review');
    assertManages(viewer, review.evaluator);
    if (review.status !== ReviewStatus.DRAFT) throw new ConflictError('A shared review cannot be edited; add an addendum instead.');
    return review;
  }
}

function canRead(viewer: Viewer, review: PerformanceReview): boolean {
  return mayReadReview(viewer, { evaluator: personFacts(review.evaluator), shared: review.status !== ReviewStatus.DRAFT });
}

function assertManages(viewer: Viewer, evaluator: User): void {
  requireSignedIn(viewer);
  if (!mayWriteReviewOf(viewer, personFacts(evaluator))) throw new ForbiddenError('Reviews are written by the evaluator’s manager.');
}

function checkRatings(ratings: CompetencyRating[]): void {
  const seen = new Set<Competency>();
  for (const rating of ratings) {
    if (seen.has(rating.competency)) throw new BadUserInputError(`${rating.competency} is rated twice.`, 'ratings');
    seen.add(rating.competency);
    if (!ratingScale.some((step) => step.value === rating.rating)) throw new BadUserInputError(`Ratings run from 1 to ${ratingScale.length}.`, 'ratings');
  }
}
