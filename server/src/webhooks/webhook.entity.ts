import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Team } from '../people/team.entity.ts';
import { User } from '../people/user.entity.ts';

export enum WebhookEventType {
  DECISION_EVENT = 'DECISION_EVENT',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'What an endpoint is sent.',
  valuesConfig: {
    DECISION_EVENT: { description: 'Each event of the decision feed for the team’s queues (`type: "decision_event.appended"`, `data` as a `DecisionEvent`).' },
  },
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not yet accepted: the next attempt is at `nextAttemptAt`.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Retries gave up (after three days) or the endpoint was disabled; replay sends it again.' },
  },
});

@ObjectType({ description: 'Where a team receives signed webhooks (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`).' })
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint {
  [OptionalProps]?: 'id' | 'createdAt' | 'enabled' | 'description';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Team, { description: 'The team whose queues’ events the endpoint receives.' })
  @ManyToOne(() => Team)
  team!: Team;

  @Field({ description: 'Where deliveries are POSTed (http or https).' })
  @Property({ type: 'text' })
  url!: string;

  @Field({ description: 'What the endpoint is, for people reading the delivery log.' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => [WebhookEventType])
  @Enum({ items: () => WebhookEventType, array: true })
  eventTypes!: WebhookEventType[];

  @Field({ description: 'Disabled endpoints are sent nothing.' })
  @Property({ type: 'boolean' })
  enabled: boolean = true;

  /** The signing secret (`whsec_…`): HMAC needs it in clear, so it is stored, never shown after it is made. */
  @Property({ type: 'text', hidden: true })
  secret!: string;

  @Field({ description: 'The first characters of the signing secret, to tell which one a receiver holds.' })
  @Property({ type: 'text' })
  secretPrefix!: string;

  /** The secret before the last rotation, still signed with until `previousSecretExpiresAt`. */
  @Property({ type: 'text', nullable: true, hidden: true })
  previousSecret?: string | null;

  @Field(() => Date, { nullable: true, description: 'Until when deliveries also carry a signature made with the secret before the last rotation.' })
  @Property({ type: 'datetime', nullable: true })
  previousSecretExpiresAt?: Date | null;

  @Field(() => User)
  @ManyToOne(() => User)
  createdBy!: User;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'One attempt to deliver a webhook.' })
export class WebhookAttemptRecord {
  @Field(() => Int)
  attempt!: number;

  @Field()
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status the endpoint answered; null when it did not answer.' })
  statusCode!: number | null;

  @Field(() => Int)
  latencyMs!: number;

  @Field(() => String, { nullable: true, description: 'Why it failed (no answer, a timeout), when it did.' })
  error!: string | null;
}

@ObjectType({ description: 'A webhook sent (or being sent) to an endpoint, with its attempts.' })
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['endpoint', 'createdAt', 'id'] })
export class WebhookDelivery {
  [OptionalProps]?: 'id' | 'createdAt' | 'status' | 'attempts' | 'attemptLog';

  @Field(() => ID, { description: 'Also the `webhook-id` header: the same on every attempt and replay, so a receiver can drop duplicates.' })
  @PrimaryKey({ type: 'text' })
  id: string = `msg_${randomUUID().replaceAll('-', '')}`;

  @Field(() => WebhookEndpoint)
  @ManyToOne(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;

  @Field(() => WebhookEventType)
  @Enum({ items: () => WebhookEventType })
  eventType!: WebhookEventType;

  @Field(() => GraphQLJSONObject, { description: 'The body sent: `{ type, timestamp, data }`.' })
  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus)
  @Enum({ items: () => WebhookDeliveryStatus })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'Attempts made so far, replays included.' })
  @Property({ type: 'int' })
  attempts: number = 0;

  @Field(() => [WebhookAttemptRecord], { description: 'Every attempt, oldest first.' })
  @Property({ type: 'jsonb' })
  attemptLog: WebhookAttemptRecord[] = [];

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only).' })
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
