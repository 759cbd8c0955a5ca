import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewCase } from '../cases/case.entity.ts';
import { Verdict } from '../decisions/decision.entity.ts';
import { User } from '../people/user.entity.ts';

export enum CalibrationStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(CalibrationStatus, {
  name: 'CalibrationStatus',
  description: 'Where a calibration session is.',
  valuesConfig: {
    OPEN: { description: 'Participants are labelling; labels stay blind.' },
    CLOSED: { description: 'Labels are frozen and the results are out.' },
  },
});

/** A set of cases several reviewers label blind, to measure how consistently they apply policy. */
@ObjectType({ description: 'A calibration session: several reviewers label the same cases blind, then compare.' })
@Entity({ tableName: 'calibration_session' })
@Index({ properties: ['createdBy'] })
export class CalibrationSession {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'What the session is about.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => CalibrationStatus, { description: 'OPEN while labelling, CLOSED once results are out.' })
  @Enum({ items: () => CalibrationStatus, default: CalibrationStatus.OPEN })
  status: CalibrationStatus = CalibrationStatus.OPEN;

  @ManyToOne(() => User)
  createdBy!: User;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Field({ description: 'When it was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Lets the session list filter on "I take part" as a subquery (`$some`). */
  @OneToMany(() => CalibrationParticipant, (participant) => participant.session)
  participants = new Collection<CalibrationParticipant>(this);
}

/** One case of a session, in the order the creator gave. */
@Entity({ tableName: 'calibration_case' })
export class CalibrationCase {
  @ManyToOne(() => CalibrationSession, { primary: true })
  session!: CalibrationSession;

  @ManyToOne(() => ReviewCase, { primary: true })
  case!: ReviewCase;

  @Property({ type: 'integer' })
  position!: number;
}

/** One person asked to label a session's cases. */
@Entity({ tableName: 'calibration_participant' })
// "Sessions I take part in" looks participants up by person.
@Index({ properties: ['user'] })
export class CalibrationParticipant {
  @ManyToOne(() => CalibrationSession, { primary: true })
  session!: CalibrationSession;

  @ManyToOne(() => User, { primary: true })
  user!: User;

  @Property({ type: 'integer' })
  position!: number;
}

/** A participant's label for one case of a session; replaced, not added to, when they change their mind. */
@ObjectType({ description: 'Your label for one case of a calibration session. It never acts on the case.' })
@Entity({ tableName: 'calibration_label' })
@Unique({ properties: ['session', 'case', 'participant'] })
export class CalibrationLabel {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CalibrationSession)
  session!: CalibrationSession;

  @ManyToOne(() => ReviewCase)
  case!: ReviewCase;

  @ManyToOne(() => User)
  participant!: User;

  @Field(() => Verdict, { description: 'The finding.' })
  @Enum({ items: () => Verdict })
  verdict!: Verdict;

  @Field(() => [String], { description: 'Policies the participant found violated (current taxonomy codes).' })
  @Property({ type: 'text[]' })
  policyCodes!: string[];

  @Field({ description: 'When it was first submitted.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'When it was last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
