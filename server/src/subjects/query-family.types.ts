import { Field, Float, ObjectType } from 'type-graphql';
import type { FamilyKey, QueryVariant } from './query-family.sql.ts';
import { SubjectKind } from './subject-kind.ts';

@ObjectType({ description: 'The variants of one query: the search queries (or suggestions) whose text has one normal form in one locale. A report about any merges into the family’s open case; a decision on the family covers them all.' })
export class QueryFamily implements FamilyKey {
  @Field(() => SubjectKind, { description: 'SEARCH_QUERY or TYPEAHEAD_SUGGESTION.' })
  kind!: SubjectKind;

  @Field({ description: 'BCP 47 locale.' })
  locale!: string;

  @Field({ description: 'The key its variants share (case, compatibility forms, diacritics, confusables, substitutions and separators folded): a key, not text to show.' })
  normalForm!: string;
}

@ObjectType('QueryVariant', { description: 'One text of a query family, as reported.' })
export class QueryVariantType implements QueryVariant {
  @Field({ description: 'The query (or suggestion) as it was typed.' })
  text!: string;

  @Field({ description: 'Its subject key.' })
  subjectKey!: string;

  @Field(() => Float, { nullable: true, description: 'Searches per day, as last reported (search queries).' })
  dailyVolume!: number | null;

  @Field({ description: 'When it was first reported.' })
  firstReportedAt!: Date;
}

/** The family of a stored subject, if its kind has families. */
export function familyOfSubject(subject: { kind: SubjectKind; locale: string; normalForm?: string | null }): QueryFamily | null {
  return subject.normalForm ? { kind: subject.kind, locale: subject.locale, normalForm: subject.normalForm } : null;
}
