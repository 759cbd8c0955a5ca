import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../people/user.entity.ts';

export enum NotificationKind {
  ESCALATION_ANSWERED = 'ESCALATION_ANSWERED',
  ESCALATION_SLA_BREACHED = 'ESCALATION_SLA_BREACHED',
  DECISION_OVERTURNED = 'DECISION_OVERTURNED',
  TRAINING_ASSIGNED = 'TRAINING_ASSIGNED',
  REMEDIAL_TRAINING_ASSIGNED = 'REMEDIAL_TRAINING_ASSIGNED',
  CERTIFICATION_EXPIRING = 'CERTIFICATION_EXPIRING',
  REPORT_PUBLISHED = 'REPORT_PUBLISHED',
  PROJECT_RESULTS_PUBLISHED = 'PROJECT_RESULTS_PUBLISHED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    ESCALATION_ANSWERED: { description: 'A specialist resolved an escalation you raised.' },
    ESCALATION_SLA_BREACHED: { description: 'An escalation of your team’s queue is past its SLA.' },
    DECISION_OVERTURNED: { description: 'QA overrode one of your decisions.' },
    TRAINING_ASSIGNED: { description: 'A training program was assigned to you.' },
    REMEDIAL_TRAINING_ASSIGNED: { description: 'Remedial training was assigned to someone on your team.' },
    CERTIFICATION_EXPIRING: { description: 'One of your certifications expires soon.' },
    REPORT_PUBLISHED: { description: 'A report you subscribe to was published (`reportId`).' },
    PROJECT_RESULTS_PUBLISHED: { description: 'The results of an evaluation project you asked for were published (`projectId`).' },
  },
});

/** One item in a person's inbox. Generic: each kind names what it is about through its own nullable reference. */
@ObjectType({ description: 'An item in your inbox.' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'createdAt'] })
@Index({
  name: 'notification_unread',
  expression: `create index "notification_unread" on "notification" ("recipient_id") where "read_at" is null`,
})
export class Notification {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  recipient!: User;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @Field({ description: 'A short text to show.' })
  @Property({ type: 'text' })
  text!: string;

  /** A plain id rather than a foreign key, so the inbox does not depend on the areas that write to it. */
  @Field(() => ID, { nullable: true, description: 'The escalation it is about, if any.' })
  @Property({ type: 'uuid', nullable: true })
  escalationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The report it is about, if any.' })
  @Property({ type: 'uuid', nullable: true })
  reportId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The evaluation project it is about, if any.' })
  @Property({ type: 'uuid', nullable: true })
  projectId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  @Field({ description: 'When it arrived.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
