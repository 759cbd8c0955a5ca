import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewCase } from '../cases/case.entity.ts';
import { Decision } from '../decisions/decision.entity.ts';

export enum AppealStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  REVERSED = 'REVERSED',
}
registerEnumType(AppealStatus, {
  name: 'AppealStatus',
  description: 'Where an appeal stands.',
  valuesConfig: {
    OPEN: { description: 'Waiting in the appeals queue for a reviewer who had no part in the original decision.' },
    UPHELD: { description: 'The reviewer found as the original decision did: the enforcement stands.' },
    REVERSED: { description: 'The reviewer found otherwise: the outcome changed (lifted or altered) on the feed and the enforcement lists.' },
  },
});

/**
 * A subject owner's appeal of an outcome in force (DSA Art. 20): its own case in the appeals
 * queue of the original queue, decided by someone who did not decide the original case. The
 * outcome is set by the decision feed's trigger when the appeal case resolves
 * (Migration20261204120000Appeals), in the deciding transaction.
 */
@ObjectType({ description: 'An appeal of an enforced outcome, and what became of it.' })
@Entity({ tableName: 'appeal' })
@Unique({ properties: ['appealedDecision'] })
export class Appeal {
  [OptionalProps]?: 'id' | 'status' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The appeal's own case, in the appeals queue. */
  @OneToOne(() => ReviewCase, { owner: true, unique: true })
  case!: ReviewCase;

  /** The case whose outcome is appealed. */
  @ManyToOne(() => ReviewCase)
  appealedCase!: ReviewCase;

  /** The decision whose outcome is appealed: the one in force when the appeal came in. */
  @ManyToOne(() => Decision)
  appealedDecision!: Decision;

  @Field({ description: 'What the subject’s owner says.' })
  @Property({ type: 'text' })
  statement!: string;

  @Field(() => String, { nullable: true, description: 'The integrator’s reference for the person appealing (opaque to Vigil).' })
  @Property({ type: 'text', nullable: true })
  appellantRef?: string | null;

  @Field(() => AppealStatus)
  @Enum({ items: () => AppealStatus })
  status: AppealStatus = AppealStatus.OPEN;

  /** The appeal case's decision, once made. */
  @ManyToOne(() => Decision, { nullable: true })
  outcomeDecision?: Decision | null;

  /** The submitter's key: the same key again returns this appeal instead of a second one. */
  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;
}
