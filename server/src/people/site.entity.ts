import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A place where a team works; reports and shifts use its time zone.' })
@Entity({ tableName: 'site' })
export class Site {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Display name, e.g. "Dublin".' })
  @Property({ type: 'text', unique: true })
  name!: string;

  @Field({ description: 'IANA time zone, e.g. "Europe/Dublin".' })
  @Property({ type: 'text' })
  timeZone!: string;

  @Field({ description: 'When the site was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
