import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Site } from './site.entity.ts';

@ObjectType({ description: 'A group of people led by a manager, working at one site.' })
@Entity({ tableName: 'team' })
export class Team {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Display name, e.g. "Search Safety EMEA".' })
  @Property({ type: 'text', unique: true })
  name!: string;

  /** Exposed through TeamResolver.site, batched. */
  @ManyToOne(() => Site)
  site!: Site;

  @Field({ description: 'When the team was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
