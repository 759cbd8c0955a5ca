import type { Estimate } from '../quality/estimate.ts';
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../people/user.entity.ts';

export enum ReviewStatus {
  DRAFT = 'DRAFT',
  SHARED = 'SHARED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'Where a performance review is.',
  valuesConfig: {
    DRAFT: { description: 'Being written by the manager; the evaluator does not see it yet.' },
    SHARED: { description: 'Shared with the evaluator; it can no longer be edited, only added to.' },
    ACKNOWLEDGED: { description: 'The evaluator acknowledged it, with their comment.' },
  },
});

/** The competencies every review rates, on the scale below. */
export enum Competency {
  POLICY_KNOWLEDGE = 'POLICY_KNOWLEDGE',
  DECISION_QUALITY = 'DECISION_QUALITY',
  PRODUCTIVITY = 'PRODUCTIVITY',
  JUDGEMENT_AND_ESCALATION = 'JUDGEMENT_AND_ESCALATION',
  COLLABORATION = 'COLLABORATION',
  LEARNING = 'LEARNING',
}
registerEnumType(Competency, {
  name: 'Competency',
  description: 'What a performance review rates.',
  valuesConfig: {
    POLICY_KNOWLEDGE: { description: 'Knows the policies and how they apply.' },
    DECISION_QUALITY: { description: 'Decides accurately and consistently, with clear rationales.' },
    PRODUCTIVITY: { description: 'Works the queue at a steady pace within SLA.' },
    JUDGEMENT_AND_ESCALATION: { description: 'Escalates what needs a specialist, and only that.' },
    COLLABORATION: { description: 'Works well with QA, specialists and the team; takes part in calibration.' },
    LEARNING: { description: 'Completes training and acts on coaching.' },
  },
});

/** The rating scale: 1 to 5. */
export const ratingScale = [
  { value: 1, label: 'Below expectations' },
  { value: 2, label: 'Partly meets expectations' },
  { value: 3, label: 'Meets expectations' },
  { value: 4, label: 'Exceeds expectations' },
  { value: 5, label: 'Exceptional' },
] as const;

export interface CompetencyRating {
  competency: Competency;
  rating: number;
  note: string;
}

/** One measure of the snapshot beside the team's median for the same period. */
export interface SnapshotMetric {
  key: string;
  label: string;
  unit: 'SHARE' | 'MILLISECONDS' | 'COUNT' | 'KAPPA';
  value: number | null;
  /** The value with its n and 95 % interval (null for counts, and in snapshots frozen before estimates were kept). */
  estimate?: Estimate | null;
  teamMedian: number | null;
}

/** A manager's review of one evaluator for one period; its measures are frozen when it is created. */
@ObjectType({ description: 'A performance review of one evaluator for one period.' })
@Entity({ tableName: 'performance_review' })
@Unique({ properties: ['evaluator', 'periodStart', 'periodEnd'] })
@Index({ properties: ['evaluator', 'periodEnd'] })
export class PerformanceReview {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt' | 'ratings' | 'strengths' | 'improvements';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  evaluator!: User;

  @ManyToOne(() => User)
  author!: User;

  @Field({ description: 'First day of the period (inclusive).' })
  @Property({ type: 'datetime' })
  periodStart!: Date;

  @Field({ description: 'End of the period (exclusive).' })
  @Property({ type: 'datetime' })
  periodEnd!: Date;

  @Field(() => ReviewStatus, { description: 'Draft, shared or acknowledged.' })
  @Enum({ items: () => ReviewStatus, default: ReviewStatus.DRAFT })
  status: ReviewStatus = ReviewStatus.DRAFT;

  /** Frozen at creation from the metrics service; exposed as `snapshot`. */
  @Property({ type: 'json' })
  snapshot!: { metrics: SnapshotMetric[]; teamSize: number; takenAt: string; asOf?: string };

  @Property({ type: 'json' })
  ratings: CompetencyRating[] = [];

  @Field({ description: 'What went well.' })
  @Property({ type: 'text', default: '' })
  strengths: string = '';

  @Field({ description: 'What to improve.' })
  @Property({ type: 'text', default: '' })
  improvements: string = '';

  @Field(() => Date, { nullable: true, description: 'When it was shared with the evaluator.' })
  @Property({ type: 'datetime', nullable: true })
  sharedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the evaluator acknowledged it.' })
  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The evaluator’s comment on acknowledging.' })
  @Property({ type: 'text', nullable: true })
  evaluatorComment?: string | null;

  @Field({ description: 'When it was started.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Added to a shared review, which itself can no longer change. */
@ObjectType({ description: 'A note added to a review after it was shared.' })
@Entity({ tableName: 'review_addendum' })
export class ReviewAddendum {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => PerformanceReview)
  review!: PerformanceReview;

  @ManyToOne(() => User)
  author!: User;

  @Field({ description: 'What it adds or corrects.' })
  @Property({ type: 'text' })
  body!: string;

  @Field({ description: 'When it was added.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export enum GoalStatus {
  OPEN = 'OPEN',
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  MISSED = 'MISSED',
  DROPPED = 'DROPPED',
}
registerEnumType(GoalStatus, {
  name: 'GoalStatus',
  description: 'Where a coaching goal stands.',
  valuesConfig: {
    OPEN: { description: 'Being worked on.' },
    ACHIEVED: { description: 'Met.' },
    PARTLY_ACHIEVED: { description: 'Partly met.' },
    MISSED: { description: 'Not met by its due date.' },
    DROPPED: { description: 'No longer relevant.' },
  },
});

/** A coaching goal set in a review and followed up in the next one. */
@ObjectType({ description: 'A coaching goal with a due date, followed up in later reviews.' })
@Entity({ tableName: 'coaching_goal' })
@Index({ properties: ['evaluator', 'status'] })
export class CoachingGoal {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The review that set it. */
  @ManyToOne(() => PerformanceReview)
  review!: PerformanceReview;

  @ManyToOne(() => User)
  evaluator!: User;

  @Field({ description: 'What to achieve.' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'By when.' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => GoalStatus, { description: 'Where it stands.' })
  @Enum({ items: () => GoalStatus, default: GoalStatus.OPEN })
  status: GoalStatus = GoalStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'The latest follow-up note.' })
  @Property({ type: 'text', nullable: true })
  followUp?: string | null;

  /** The review in which it was last followed up. */
  @ManyToOne(() => PerformanceReview, { nullable: true })
  followedUpIn?: PerformanceReview | null;

  @Field({ description: 'When it was set.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When it last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
