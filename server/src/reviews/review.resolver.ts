import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireAuthenticated } from '../kernel/access.ts';
import type { Context } from '../kernel/context.ts';
import { User } from '../people/user.entity.ts';
import { CoachingGoal, type CompetencyRating, PerformanceReview, ratingScale, ReviewAddendum } from './review.entities.ts';
import {
  AddCoachingGoalInput,
  CompetencyRatingType,
  CreatePerformanceReviewInput,
  FollowUpCoachingGoalInput,
  RatingStepType,
  ReviewSnapshotType,
  UpdatePerformanceReviewInput,
} from './review.inputs.ts';
import { ReviewService } from './review.service.ts';

@Resolver(() => PerformanceReview)
export class ReviewResolver {
  @Query(() => [PerformanceReview], {
    description: 'Performance reviews you may read, newest period first: your own once shared; your team’s as a manager; all as an admin. Narrow to one evaluator with `evaluatorId`.',
  })
  async performanceReviews(@Arg('evaluatorId', () => ID, { nullable: true }) evaluatorId: string | null, @Ctx() ctx: Context): Promise<PerformanceReview[]> {
    return new ReviewService(ctx.em).list(ctx.viewer, evaluatorId);
  }

  @Query(() => PerformanceReview, { description: 'One review (NOT_FOUND when you may not read it).' })
  async performanceReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PerformanceReview> {
    ctx.viewer.requireUser();
    return new ReviewService(ctx.em).find(ctx.viewer, id);
  }

  @Query(() => [RatingStepType], { description: 'The rating scale competencies are rated on (anyone signed in, and tokens).' })
  ratingScale(@Ctx() ctx: Context): RatingStepType[] {
    requireAuthenticated(ctx.viewer);
    return ratingScale.map((step) => ({ ...step }));
  }

  @Query(() => [CoachingGoal], { description: 'Your coaching goals from shared reviews, open ones first.' })
  async myCoachingGoals(@Ctx() ctx: Context): Promise<CoachingGoal[]> {
    const user = ctx.viewer.requireUser();
    return new ReviewService(ctx.em).goalsOf(user.id);
  }

  @Mutation(() => PerformanceReview, { description: 'Starts a draft review of an evaluator on your team, freezing the period’s measures beside the team’s medians.' })
  async createPerformanceReview(@Arg('input') input: CreatePerformanceReviewInput, @Ctx() ctx: Context): Promise<PerformanceReview> {
    const user = ctx.viewer.requireUser();
    return new ReviewService(ctx.em).create({ type: 'USER', id: user.id }, ctx.viewer, input);
  }

  @Mutation(() => PerformanceReview, { description: 'Edits a draft: ratings, strengths, improvements. CONFLICT once shared.' })
  async updatePerformanceReview(@Arg('input') input: UpdatePerformanceReviewInput, @Ctx() ctx: Context): Promise<PerformanceReview> {
    const user = ctx.viewer.requireUser();
    return new ReviewService(ctx.em).update({ type: 'USER', id: user.id }, ctx.viewer, input.id, input);
  }

  @Mutation(() => CoachingGoal, { description: 'Sets a coaching goal in a draft review.' })
  async addCoachingGoal(@Arg('input') input: AddCoachingGoalInput, @Ctx() ctx: Context): Promise<CoachingGoal> {
    const user = ctx.viewer.requireUser();
    return new ReviewService(ctx.em).addGoal({ type: 'USER', id: user.id }, ctx.viewer, input.reviewId, input);
  }

  @Mutation(() => CoachingGoal, { description: 'Follows up an earlier goal of the evaluator in a draft review: its status and a note.' })
  async followUpCoachingGoal(@Arg('input') input: FollowUpCoachingGoalInput, @Ctx() ctx: Context): Promise<CoachingGoal> {
    const user = ctx.viewer.requireUser();
    return new ReviewService(ctx.em).followUpGoal({ type: 'USER', id: user.id }, ctx.viewer, input);
  }

  @Mutation(() => PerformanceReview, { description: 'Shares a draft with the evaluator once every competency is rated; it can no longer be edited.' })
  async sharePerformanceReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PerformanceReview> {
    const user = ctx.viewer.requireUser();
    return new ReviewService(ctx.em).share({ type: 'USER', id: user.id }, ctx.viewer, id);
  }

  @Mutation(() => PerformanceReview, { description: 'The evaluator acknowledges their shared review, with a comment.' })
  async acknowledgePerformanceReview(@Arg('id', () => ID) id: string, @Arg('comment') comment: string, @Ctx() ctx: Context): Promise<PerformanceReview> {
    const user = ctx.viewer.requireUser();
    return new ReviewService(ctx.em).acknowledge({ type: 'USER', id: user.id }, id, comment);
  }

  @Mutation(() => ReviewAddendum, { description: 'Adds to a shared review, which itself cannot change (the evaluator’s manager, admins).' })
  async addReviewAddendum(@Arg('reviewId', () => ID) reviewId: string, @Arg('body') body: string, @Ctx() ctx: Context): Promise<ReviewAddendum> {
    const user = ctx.viewer.requireUser();
    return new ReviewService(ctx.em).addAddendum({ type: 'USER', id: user.id }, ctx.viewer, reviewId, body);
  }

  @FieldResolver(() => User, { description: 'The evaluator reviewed.' })
  async evaluator(@Root() review: PerformanceReview, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(review.evaluator.id))!;
  }

  @FieldResolver(() => User, { description: 'The manager who wrote it.' })
  async author(@Root() review: PerformanceReview, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(review.author.id))!;
  }

  @FieldResolver(() => ReviewSnapshotType, { description: 'The measures frozen when it was started, each beside the team median.' })
  snapshot(@Root() review: PerformanceReview): ReviewSnapshotType {
    return review.snapshot;
  }

  @FieldResolver(() => [CompetencyRatingType], { description: 'The competency ratings.' })
  ratings(@Root() review: PerformanceReview): CompetencyRating[] {
    return review.ratings;
  }

  @FieldResolver(() => [CoachingGoal], { description: 'Coaching goals set in this review.' })
  async goals(@Root() review: PerformanceReview, @Ctx() ctx: Context): Promise<CoachingGoal[]> {
    return new ReviewService(ctx.em).goalsSetIn(review.id);
  }

  @FieldResolver(() => [CoachingGoal], { description: 'Goals from earlier reviews to follow up here: still open, or followed up in this one.' })
  async earlierGoals(@Root() review: PerformanceReview, @Ctx() ctx: Context): Promise<CoachingGoal[]> {
    return new ReviewService(ctx.em).goalsToFollowUp(review);
  }

  @FieldResolver(() => [ReviewAddendum], { description: 'Addenda, oldest first.' })
  async addenda(@Root() review: PerformanceReview, @Ctx() ctx: Context): Promise<ReviewAddendum[]> {
    return new ReviewService(ctx.em).addenda(review.id);
  }
}

@Resolver(() => ReviewAddendum)
export class ReviewAddendumResolver {
  @FieldResolver(() => User, { description: 'Who added it.' })
  async author(@Root() addendum: ReviewAddendum, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(addendum.author.id))!;
  }
}
