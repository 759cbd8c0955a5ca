import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Domain } from '../policies/severity.ts';
import { SubjectKind } from './subject-kind.ts';

/**
 * What a case is about. `key` is stable across reports (normalised query text + locale, or the
 * account id), so a second report about the same thing finds the same subject. Details vary by
 * kind and live as JSONB; GraphQL types them per kind.
 */
@ObjectType({ description: 'What a case is about.' })
@Entity({ tableName: 'subject' })
@Index({ name: 'subject_family', expression: `create index "subject_family" on "subject" ("kind", "locale", "normal_form") where "normal_form" is not null` })
export class Subject {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => SubjectKind, { description: 'Which kind of subject.' })
  @Enum({ items: () => SubjectKind })
  kind!: SubjectKind;

  @Field(() => Domain, { description: 'Search or account.' })
  @Enum({ items: () => Domain })
  domain!: Domain;

  @Field({ description: 'Stable identity: normalised text and locale, or the account id.' })
  @Property({ type: 'text', unique: true })
  key!: string;

  @Field({ description: 'BCP 47 locale.' })
  @Property({ type: 'text' })
  locale!: string;

  /** A SEARCH_QUERY's or TYPEAHEAD_SUGGESTION's text in normal form (subjects/normal-form.ts): with kind and locale, its query family. */
  @Property({ type: 'text', nullable: true })
  normalForm?: string | null;

  /** Exposed typed by kind through SubjectResolver.details. */
  @Property({ type: 'json' })
  details!: Record<string, unknown>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
