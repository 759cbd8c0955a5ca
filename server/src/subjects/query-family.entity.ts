import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { SubjectKind } from './subject-kind.ts';

/**
 * The variants of one query: the SEARCH_QUERY subjects (or the TYPEAHEAD_SUGGESTION ones: a
 * suggestion is acted on otherwise than a query's results, so the kinds keep families of their own)
 * whose text has the same normal form (subjects/normal-form.ts) in the same locale. A report about
 * any member merges into the family's open case, and a decision on the family covers its members.
 */
@ObjectType({ description: 'The variants of one query: texts with one normal form in one locale.' })
@Entity({ tableName: 'query_family' })
@Unique({ properties: ['kind', 'locale', 'normalForm'] })
export class QueryFamily {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => SubjectKind, { description: 'SEARCH_QUERY or TYPEAHEAD_SUGGESTION.' })
  @Enum({ items: [SubjectKind.SEARCH_QUERY, SubjectKind.TYPEAHEAD_SUGGESTION] })
  kind!: SubjectKind;

  @Field({ description: 'BCP 47 locale.' })
  @Property({ type: 'text' })
  locale!: string;

  @Field({ description: 'The key its variants share (case, compatibility forms, diacritics, confusables, substitutions and separators folded): a key, not text to show.' })
  @Property({ type: 'text' })
  normalForm!: string;

  @Field({ description: 'When its first variant was reported.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
