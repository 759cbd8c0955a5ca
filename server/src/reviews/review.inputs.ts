import type { Estimate } from '../quality/estimate.ts';
import { EstimateType } from '../quality/estimate.type.ts';
import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Competency, type CompetencyRating, GoalStatus, type SnapshotMetric } from './review.entities.ts';

@InputType({ description: 'Starts a review of an evaluator for a period; the period’s measures are frozen now.' })
export class CreatePerformanceReviewInput {
  @Field(() => ID, { description: 'The evaluator, on your team.' })
  evaluatorId!: string;

  @Field({ description: 'Start of the period (inclusive).' })
  periodStart!: Date;

  @Field({ description: 'End of the period (exclusive).' })
  periodEnd!: Date;
}

@InputType({ description: 'A rating of one competency.' })
export class CompetencyRatingInput implements CompetencyRating {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int, { description: '1 (below expectations) to 5 (exceptional).' })
  @Min(1)
  @Max(5)
  rating!: number;

  @Field({ description: 'Why, briefly.' })
  @MaxLength(2000)
  note!: string;
}

@InputType({ description: 'Changes to a draft review; what is left out stays as it is.' })
export class UpdatePerformanceReviewInput {
  @Field(() => ID)
  id!: string;

  @Field(() => [CompetencyRatingInput], { nullable: true, description: 'The ratings, replacing the earlier ones.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested()
  ratings?: CompetencyRatingInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  strengths?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  improvements?: string | null;
}

@InputType({ description: 'A coaching goal set in a draft review.' })
export class AddCoachingGoalInput {
  @Field(() => ID, { description: 'The draft review.' })
  reviewId!: string;

  @Field({ description: 'What to achieve.' })
  @Length(1, 500)
  title!: string;

  @Field({ description: 'By when.' })
  dueAt!: Date;
}

@InputType({ description: 'Follows an earlier goal up in a draft review of the same evaluator.' })
export class FollowUpCoachingGoalInput {
  @Field(() => ID)
  goalId!: string;

  @Field(() => ID, { description: 'The draft review following it up.' })
  reviewId!: string;

  @Field(() => GoalStatus)
  status!: GoalStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@ObjectType('CompetencyRating', { description: 'A rating of one competency.' })
export class CompetencyRatingType implements CompetencyRating {
  @Field(() => Competency)
  competency!: Competency;

  @Field(() => Int, { description: '1 to 5.' })
  rating!: number;

  @Field()
  note!: string;
}

@ObjectType('SnapshotMetric', { description: 'One frozen measure beside the team’s median for the same period.' })
export class SnapshotMetricType implements SnapshotMetric {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => String, { description: 'SHARE (0–1), MILLISECONDS, COUNT or KAPPA (−1–1).' })
  unit!: SnapshotMetric['unit'];

  @Field(() => Float, { nullable: true, description: 'The evaluator’s value; null when nothing was measured or there are too few to tell.' })
  value!: number | null;

  @Field(() => EstimateType, { nullable: true, description: 'The value with its n and 95 % interval, or too few to tell; null for counts and for snapshots frozen before estimates were kept.' })
  estimate?: Estimate | null;

  @Field(() => Float, { nullable: true, description: 'The median across the team’s members who worked in the period.' })
  teamMedian!: number | null;
}

@ObjectType('ReviewSnapshot', { description: 'The measures frozen when the review was started.' })
export class ReviewSnapshotType {
  @Field(() => [SnapshotMetricType])
  metrics!: SnapshotMetricType[];

  @Field(() => Int, { description: 'Team members measured for the medians.' })
  teamSize!: number;

  @Field({ description: 'When the measures were taken.' })
  takenAt!: string;

  @Field(() => String, { nullable: true, description: 'The instant the reference answers (QA reviews, golden answers) were read: answers given later do not count. Null for snapshots taken before it was recorded.' })
  asOf?: string | null;
}

@ObjectType('RatingStep', { description: 'One step of the rating scale.' })
export class RatingStepType {
  @Field(() => Int)
  value!: number;

  @Field()
  label!: string;
}
