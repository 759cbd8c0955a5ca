import { createUnionType, Field, Float, Int, ObjectType } from 'type-graphql';
import { SubjectKind } from './subject-kind.ts';

@ObjectType({ description: 'One of the top results shown for a query.' })
export class TopResult {
  @Field({ description: 'The result’s id in the search index.' })
  resultId!: string;

  @Field({ description: 'Title as shown.' })
  title!: string;

  @Field({ description: 'Link as shown.' })
  url!: string;
}

@ObjectType({ description: 'A search query as reported.' })
export class SearchQueryDetails {
  @Field({ description: 'The query text as typed.' })
  text!: string;

  @Field(() => Int, { description: 'Searches per day.' })
  dailyVolume!: number;

  @Field(() => Float, { description: 'Volume against the previous period (1.8 = up 80 %).' })
  trend!: number;

  @Field(() => [TopResult], { description: 'Snapshot of the top results.' })
  topResults!: TopResult[];
}

@ObjectType({ description: 'A typeahead suggestion as reported.' })
export class TypeaheadSuggestionDetails {
  @Field({ description: 'What the user had typed.' })
  prefix!: string;

  @Field({ description: 'What was suggested.' })
  suggestion!: string;
}

@ObjectType({ description: 'A search result as reported.' })
export class SearchResultDetails {
  @Field({ description: 'The query the result was shown for.' })
  query!: string;

  @Field({ description: 'The result’s id in the search index.' })
  resultId!: string;

  @Field({ description: 'Title as shown.' })
  title!: string;

  @Field({ description: 'Snippet as shown.' })
  snippet!: string;

  @Field({ description: 'Link as shown.' })
  url!: string;

  @Field(() => Int, { description: 'Rank on the page, from 1.' })
  position!: number;
}

@ObjectType({ description: 'How many reports gave a reason.' })
export class AccountReport {
  @Field({ description: 'The reason reporters chose.' })
  reason!: string;

  @Field(() => Int, { description: 'How many reports.' })
  count!: number;
}

@ObjectType({ description: 'A model’s score for the account.' })
export class RiskScore {
  @Field({ description: 'The model, e.g. `bot-likelihood`.' })
  model!: string;

  @Field(() => Float, { description: 'Score from 0 to 1.' })
  score!: number;
}

@ObjectType({ description: 'An account as reported.' })
export class AccountDetails {
  @Field({ description: 'The account’s id at the service.' })
  accountId!: string;

  @Field({ description: 'Handle as shown.' })
  handle!: string;

  @Field({ description: 'Display name as shown.' })
  displayName!: string;

  @Field({ description: 'Bio as shown.' })
  bio!: string;

  @Field(() => String, { nullable: true, description: 'Reference to the avatar image.' })
  avatarRef!: string | null;

  @Field(() => Int, { description: 'Days since the account was created.' })
  accountAgeDays!: number;

  @Field(() => Int, { description: 'Followers.' })
  followers!: number;

  @Field(() => [AccountReport], { description: 'Reports by reason.' })
  reports!: AccountReport[];

  @Field(() => [RiskScore], { description: 'Model risk scores.' })
  riskScores!: RiskScore[];

  @Field(() => [String], { description: 'Ids of linked accounts.' })
  linkedAccountIds!: string[];
}

export const SubjectDetails = createUnionType({
  name: 'SubjectDetails',
  description: 'The details of a subject, typed by its kind.',
  types: () => [SearchQueryDetails, TypeaheadSuggestionDetails, SearchResultDetails, AccountDetails] as const,
});

const detailsClass = {
  [SubjectKind.SEARCH_QUERY]: SearchQueryDetails,
  [SubjectKind.TYPEAHEAD_SUGGESTION]: TypeaheadSuggestionDetails,
  [SubjectKind.SEARCH_RESULT]: SearchResultDetails,
  [SubjectKind.ACCOUNT]: AccountDetails,
};

/** The stored JSON as an instance of its kind's type, which is how the union tells them apart. */
export function typedDetails(kind: SubjectKind, details: Record<string, unknown>): typeof SubjectDetails {
  return Object.assign(new detailsClass[kind](), details);
}
