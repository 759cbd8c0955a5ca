import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewCase } from '../cases/case.entity.ts';
import { Decision } from '../decisions/decision.entity.ts';
import { User } from '../people/user.entity.ts';
import { Queue } from '../queues/queue.entity.ts';

export enum QaTaskKind {
  SAMPLE = 'SAMPLE',
  ADJUDICATION = 'ADJUDICATION',
}
registerEnumType(QaTaskKind, {
  name: 'QaTaskKind',
  description: 'What a QA analyst is asked to do with a case.',
  valuesConfig: {
    SAMPLE: { description: 'A resolved case sampled at its queue’s QA rate: confirm or override the decision.' },
    ADJUDICATION: { description: 'The blind second review disagreed with the first: decide which stands, or write the final one.' },
  },
});

export enum QaTaskStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  DONE = 'DONE',
}
registerEnumType(QaTaskStatus, {
  name: 'QaTaskStatus',
  description: 'Where a QA task is.',
  valuesConfig: {
    OPEN: { description: 'Waiting for an analyst.' },
    CLAIMED: { description: 'Leased to an analyst; open to others again once the lease runs out.' },
    DONE: { description: 'Reviewed or adjudicated.' },
  },
});

export enum QaOutcome {
  CONFIRMED = 'CONFIRMED',
  OVERTURNED = 'OVERTURNED',
  ADJUDICATED = 'ADJUDICATED',
}
registerEnumType(QaOutcome, {
  name: 'QaOutcome',
  description: 'What the analyst found.',
  valuesConfig: {
    CONFIRMED: { description: 'The sampled decision stands.' },
    OVERTURNED: { description: 'The analyst overrode the sampled decision; the case now carries the QA decision.' },
    ADJUDICATED: { description: 'The analyst decided a disagreement.' },
  },
});

/** A case for a QA analyst: written by the decision that sampled it or sent it to adjudication (decision.sql.ts). */
@ObjectType({ description: 'A case waiting for, or reviewed by, a QA analyst.' })
@Entity({ tableName: 'qa_task' })
@Unique({ properties: ['case', 'kind'] })
@Index({
  name: 'qa_task_claim_order',
  expression: `create index "qa_task_claim_order" on "qa_task" ("kind", "created_at") where "status" <> 'DONE'`,
})
@Index({
  name: 'qa_task_queue_claim_order',
  expression: `create index "qa_task_queue_claim_order" on "qa_task" ("queue_id", "kind", "created_at") where "status" <> 'DONE'`,
})
export class QaTask {
  [OptionalProps]?: 'id' | 'status' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => QaTaskKind, { description: 'Sample review or adjudication.' })
  @Enum({ items: () => QaTaskKind })
  kind!: QaTaskKind;

  @ManyToOne(() => ReviewCase)
  case!: ReviewCase;

  @ManyToOne(() => Queue)
  queue!: Queue;

  /** The decision that resolved the case (a sample) or disagreed with the first (an adjudication). */
  @ManyToOne(() => Decision)
  reviewedDecision!: Decision;

  @Field(() => QaTaskStatus, { description: 'Open, claimed or done.' })
  @Enum({ items: () => QaTaskStatus, default: QaTaskStatus.OPEN })
  status: QaTaskStatus = QaTaskStatus.OPEN;

  @ManyToOne(() => User, { nullable: true })
  assignee?: User | null;

  @Field(() => Date, { nullable: true, description: 'When the current claim runs out, if claimed.' })
  @Property({ type: 'datetime', nullable: true })
  leaseExpiresAt?: Date | null;

  @Field(() => QaOutcome, { nullable: true, description: 'What the analyst found, once done.' })
  @Enum({ items: () => QaOutcome, nullable: true })
  outcome?: QaOutcome | null;

  @ManyToOne(() => Decision, { nullable: true })
  qaDecision?: Decision | null;

  @Field({ description: 'When it was sampled or sent to adjudication.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the analyst finished it.' })
  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;
}
