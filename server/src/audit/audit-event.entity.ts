import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ActorType {
  USER = 'USER',
  API_TOKEN = 'API_TOKEN',
  SYSTEM = 'SYSTEM',
}

registerEnumType(ActorType, {
  name: 'ActorType',
  description: 'What kind of caller made a change.',
  valuesConfig: {
    USER: { description: 'A signed-in person.' },
    API_TOKEN: { description: "An integrator's API token." },
    SYSTEM: { description: 'Vigil itself: seeding, scheduled jobs, lease expiry.' },
  },
});

/**
 * One state change. Append-only: a trigger in the database refuses UPDATE, DELETE and TRUNCATE,
 * so not even a bug or a console session can rewrite history.
 */
@ObjectType({ description: 'One entry of the append-only audit log: who changed what, when, before and after.' })
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEvent {
  [OptionalProps]?: 'id' | 'at';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field({ description: 'When the change was committed (transaction time).' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at!: Date;

  @Field(() => ActorType, { description: 'What kind of caller made the change.' })
  @Property({ type: 'text' })
  actorType!: ActorType;

  @Field(() => ID, { nullable: true, description: 'The user or API token id; null for SYSTEM.' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  actorId?: string;

  @Field({ description: 'What happened, as `area.verb`, e.g. `user.profile_updated`.' })
  @Property({ type: 'text' })
  action!: string;

  @Field({ description: 'The kind of thing that changed, e.g. `User`.' })
  @Property({ type: 'text' })
  entityType!: string;

  @Field(() => ID, { description: 'The id of the thing that changed.' })
  @Property({ type: 'text' })
  entityId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields before the change; null on creation.' })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The changed fields after the change; null on removal.' })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown>;
}
