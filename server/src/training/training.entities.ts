import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GoldenCase } from '../golden/golden-case.entity.ts';
import { User } from '../people/user.entity.ts';

/** A course of policy material and an assessment; passing it can grant a certification. */
@ObjectType({ description: 'A training program: ordered modules of policy material, then an assessment.' })
@Entity({ tableName: 'training_program' })
export class TrainingProgram {
  [OptionalProps]?: 'id' | 'createdAt' | 'remedialWindowDays' | 'remedialMinChecked';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Display title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'What it covers, in a sentence or two.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'The policy area it teaches, if one: remedial training for that policy assigns this program.' })
  @Property({ type: 'text', nullable: true })
  policyCode?: string | null;

  @Field(() => Float, { description: 'Share of the assessment to answer right to pass (0 to 1).' })
  @Property({ type: 'double' })
  passMark!: number;

  @Field(() => Int, { description: 'Attempts allowed until a pass (or a new assignment) starts the count again.' })
  @Property({ type: 'integer' })
  attemptLimit!: number;

  @Field(() => String, { nullable: true, description: 'The certification a pass grants, e.g. `SEARCH_CHILD_SAFETY`; queues name it to require it.' })
  @Property({ type: 'text', nullable: true })
  certificationCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'How long the certification is valid, in days.' })
  @Property({ type: 'integer', nullable: true })
  certificationValidDays?: number | null;

  @Field(() => Float, { nullable: true, description: 'Remedial training: assigned once to an evaluator whose accuracy on `policyCode` falls below this (0 to 1).' })
  @Property({ type: 'double', nullable: true })
  remedialThreshold?: number | null;

  @Field(() => Int, { description: 'The trailing window remedial accuracy is measured over, in days.' })
  @Property({ type: 'integer', default: 30 })
  remedialWindowDays: number = 30;

  @Field(() => Int, { description: 'Checked decisions needed in the window before accuracy counts for remedial training.' })
  @Property({ type: 'integer', default: 5 })
  remedialMinChecked: number = 5;

  @ManyToOne(() => User)
  createdBy!: User;

  @Field({ description: 'When it was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it left the catalogue, if it has.' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt?: Date | null;
}

/** One module of policy material, in Markdown; served as sanitised HTML. */
@ObjectType({ description: 'One module of a program: policy material to read.' })
@Entity({ tableName: 'training_module' })
@Unique({ properties: ['program', 'position'] })
export class TrainingModule {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TrainingProgram)
  program!: TrainingProgram;

  @Field(() => Int, { description: 'Its place in the program, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field({ description: 'Title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'The material as written, in Markdown.' })
  @Property({ type: 'text' })
  body!: string;
}

export enum QuestionKind {
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  PRACTICE_CASE = 'PRACTICE_CASE',
}
registerEnumType(QuestionKind, {
  name: 'QuestionKind',
  description: 'What an assessment question asks.',
  valuesConfig: {
    MULTIPLE_CHOICE: { description: 'Pick the right options; all of them and only them.' },
    PRACTICE_CASE: { description: 'Decide a golden case; graded against its known answer.' },
  },
});

export interface QuestionOption {
  id: string;
  text: string;
}

/** An assessment question. The right answer never leaves the server before the attempt is graded. */
@Entity({ tableName: 'assessment_question' })
@Unique({ properties: ['program', 'position'] })
export class AssessmentQuestion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TrainingProgram)
  program!: TrainingProgram;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => QuestionKind })
  kind!: QuestionKind;

  @Property({ type: 'text' })
  prompt!: string;

  /** Multiple choice: the options, each with a stable id. */
  @Property({ type: 'json' })
  options: QuestionOption[] = [];

  @Property({ type: 'text[]' })
  correctOptionIds: string[] = [];

  /** Practice case: the golden case whose known answer grades it. */
  @ManyToOne(() => GoldenCase, { nullable: true })
  goldenCase?: GoldenCase | null;
}

/** One question as an attempt shows it: options in the order shuffled for that attempt. */
export interface AttemptQuestion {
  questionId: string;
  optionIds: string[];
}

/** An answer: chosen options, or a finding for a practice case. */
export interface AttemptAnswer {
  questionId: string;
  optionIds?: string[] | null;
  finding?: { verdict: string; policyCodes: string[]; action: string } | null;
  correct?: boolean;
}

/** One sitting of a program's assessment, with its own shuffle. */
@Entity({ tableName: 'training_attempt' })
@Index({ properties: ['user', 'program', 'startedAt'] })
export class TrainingAttempt {
  [OptionalProps]?: 'id' | 'startedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TrainingProgram)
  program!: TrainingProgram;

  @ManyToOne(() => User)
  user!: User;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  /** The questions in this attempt's order, with each one's options in this attempt's order. */
  @Property({ type: 'json' })
  layout!: AttemptQuestion[];

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'json', nullable: true })
  answers?: AttemptAnswer[] | null;

  @Property({ type: 'integer', nullable: true })
  correct?: number | null;

  @Property({ type: 'double', nullable: true })
  score?: number | null;

  @Property({ type: 'boolean', nullable: true })
  passed?: boolean | null;

  @Property({ type: 'integer', nullable: true })
  timeSpentMs?: number | null;
}

/** Granted by passing a program; a queue naming its code refuses claims without a valid one. */
@ObjectType({ description: 'A certification held, until it expires.' })
@Entity({ tableName: 'certification' })
@Index({ properties: ['user', 'code', 'expiresAt'] })
export class Certification {
  [OptionalProps]?: 'id' | 'grantedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  user!: User;

  @Field({ description: 'The certification, e.g. `SEARCH_CHILD_SAFETY`.' })
  @Property({ type: 'text' })
  code!: string;

  @ManyToOne(() => TrainingProgram)
  program!: TrainingProgram;

  @Field({ description: 'When it was granted.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  grantedAt: Date = new Date();

  @Field({ description: 'When it stops counting.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  reminderSentAt?: Date | null;
}

export enum AssignmentReason {
  MANAGER = 'MANAGER',
  REMEDIAL = 'REMEDIAL',
}
registerEnumType(AssignmentReason, {
  name: 'AssignmentReason',
  description: 'Why a program was assigned.',
  valuesConfig: {
    MANAGER: { description: 'A manager assigned it.' },
    REMEDIAL: { description: 'Accuracy on its policy fell below the program’s threshold.' },
  },
});

/** A program someone must complete by a date. Remedial assignments happen once per program and person. */
@ObjectType({ description: 'A program assigned to someone, with a due date.' })
@Entity({ tableName: 'training_assignment' })
@Unique({ properties: ['program', 'user', 'reason'] })
export class TrainingAssignment {
  [OptionalProps]?: 'id' | 'assignedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => TrainingProgram)
  program!: TrainingProgram;

  @ManyToOne(() => User)
  user!: User;

  @Field(() => AssignmentReason, { description: 'Assigned by a manager, or as remedial training.' })
  @Enum({ items: () => AssignmentReason })
  reason!: AssignmentReason;

  @ManyToOne(() => User, { nullable: true })
  assignedBy?: User | null;

  @Field({ description: 'When it is due.' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field({ description: 'When it was (last) assigned; attempts count from here.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  assignedAt: Date = new Date();
}
