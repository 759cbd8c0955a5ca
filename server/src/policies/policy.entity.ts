import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Domain, Severity } from './severity.ts';

/** One policy area in one version of the taxonomy. Versions are immutable once published. */
@ObjectType({ description: 'A community-guideline area in one version of the policy taxonomy.' })
@Entity({ tableName: 'policy' })
@Unique({ properties: ['version', 'code'] })
export class Policy {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: 'The taxonomy version this entry belongs to.' })
  @Property({ type: 'integer' })
  @Index()
  version!: number;

  @Field({ description: 'Stable code across versions, e.g. `HATE_SPEECH`.' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: 'Display name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Severity, { description: 'Severity tier.' })
  @Enum({ items: () => Severity })
  severity!: Severity;

  @Field(() => [Domain], { description: 'Where the policy applies.' })
  @Enum({ items: () => Domain, array: true })
  domains!: Domain[];

  @Field({ description: 'What the area covers.' })
  @Property({ type: 'text' })
  description!: string;
}
