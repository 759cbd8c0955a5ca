import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { FingerprintKind } from '../networks/account-signals.ts';
import { SubjectKind } from './subject-kind.ts';

@InputType({ description: 'One of the top results shown for a query.' })
export class TopResultInput {
  @Field({ description: 'The result’s id in the search index.' })
  @Length(1, 200)
  resultId!: string;

  @Field({ description: 'Title as shown.' })
  @MaxLength(500)
  title!: string;

  @Field({ description: 'Link as shown.' })
  @MaxLength(2000)
  url!: string;
}

@InputType({ description: 'A search query.' })
export class SearchQueryInput {
  @Field({ description: 'The query text as typed; normalised for the subject key.' })
  @Length(1, 500)
  text!: string;

  @Field(() => Int, { description: 'Searches per day.' })
  @IsInt()
  @Min(0)
  dailyVolume!: number;

  @Field(() => Float, { description: 'Volume against the previous period (1.8 = up 80 %).' })
  @Min(0)
  trend!: number;

  @Field(() => [TopResultInput], { description: 'Snapshot of the top results, at most 20.' })
  @ArrayMaxSize(20)
  @ValidateNested()
  topResults!: TopResultInput[];
}

@InputType({ description: 'A typeahead suggestion for a prefix.' })
export class TypeaheadSuggestionInput {
  @Field({ description: 'What the user had typed.' })
  @Length(1, 200)
  prefix!: string;

  @Field({ description: 'What was suggested.' })
  @Length(1, 500)
  suggestion!: string;
}

@InputType({ description: 'One result shown for a query.' })
export class SearchResultInput {
  @Field({ description: 'The query the result was shown for.' })
  @Length(1, 500)
  query!: string;

  @Field({ description: 'The result’s id in the search index.' })
  @Length(1, 200)
  resultId!: string;

  @Field({ description: 'Title as shown.' })
  @MaxLength(500)
  title!: string;

  @Field({ description: 'Snippet as shown.' })
  @MaxLength(2000)
  snippet!: string;

  @Field({ description: 'Link as shown.' })
  @MaxLength(2000)
  url!: string;

  @Field(() => Int, { description: 'Rank on the page, from 1.' })
  @IsInt()
  @Min(1)
  position!: number;
}

@InputType({ description: 'How many reports gave a reason.' })
export class AccountReportInput {
  @Field({ description: 'The reason reporters chose.' })
  @Length(1, 200)
  reason!: string;

  @Field(() => Int, { description: 'How many reports.' })
  @IsInt()
  @Min(1)
  count!: number;
}

@InputType({ description: 'A model’s score for the account.' })
export class RiskScoreInput {
  @Field({ description: 'The model, e.g. `bot-likelihood`.' })
  @Length(1, 100)
  model!: string;

  @Field(() => Float, { description: 'Score from 0 to 1.' })
  @Min(0)
  @Max(1)
  score!: number;
}

@InputType({ description: 'An integrator’s fingerprint of something an account used, as an opaque id.' })
export class AccountFingerprintInput {
  @Field(() => FingerprintKind)
  kind!: FingerprintKind;

  @Field({ description: 'Opaque to Vigil: equal ids mean the same device or payment instrument.' })
  @Length(1, 200)
  id!: string;
}

@InputType({ description: 'An account.' })
export class AccountInput {
  @Field({ description: 'The account’s stable id at the service; the subject key.' })
  @Length(1, 200)
  accountId!: string;

  @Field({ description: 'Handle as shown.' })
  @Length(1, 200)
  handle!: string;

  @Field({ description: 'Display name as shown.' })
  @MaxLength(500)
  displayName!: string;

  @Field({ description: 'Bio as shown.' })
  @MaxLength(5000)
  bio!: string;

  @Field(() => String, { nullable: true, description: 'Reference to the avatar image in the media store.' })
  @IsOptional()
  @MaxLength(2000)
  avatarRef?: string | null;

  @Field(() => Int, { description: 'Days since the account was created.' })
  @IsInt()
  @Min(0)
  accountAgeDays!: number;

  @Field(() => Int, { description: 'Followers.' })
  @IsInt()
  @Min(0)
  followers!: number;

  @Field(() => [AccountReportInput], { description: 'Reports by reason.' })
  @ArrayMaxSize(50)
  @ValidateNested()
  reports!: AccountReportInput[];

  @Field(() => [RiskScoreInput], { description: 'Model risk scores.' })
  @ArrayMaxSize(50)
  @ValidateNested()
  riskScores!: RiskScoreInput[];

  @Field(() => [String], { description: 'Ids of accounts linked to this one.' })
  @ArrayMaxSize(200)
  linkedAccountIds!: string[];

  @Field(() => [AccountFingerprintInput], { nullable: true, description: 'Opaque device and payment fingerprints the account used: accounts sharing one are linked (`Subject.cluster`). Kept for linking only, not shown as details.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested()
  fingerprints?: AccountFingerprintInput[] | null;
}

@InputType({ description: 'What a case is about: the kind, the locale, and the one detail block of that kind.' })
export class SubjectInput {
  @Field(() => SubjectKind, { description: 'Which detail block must be given.' })
  kind!: SubjectKind;

  @Field({ description: 'BCP 47 locale, e.g. `en-GB`.' })
  @Length(2, 35)
  locale!: string;

  @Field(() => SearchQueryInput, { nullable: true, description: 'For SEARCH_QUERY.' })
  @IsOptional()
  @ValidateNested()
  searchQuery?: SearchQueryInput | null;

  @Field(() => TypeaheadSuggestionInput, { nullable: true, description: 'For TYPEAHEAD_SUGGESTION.' })
  @IsOptional()
  @ValidateNested()
  typeahead?: TypeaheadSuggestionInput | null;

  @Field(() => SearchResultInput, { nullable: true, description: 'For SEARCH_RESULT.' })
  @IsOptional()
  @ValidateNested()
  searchResult?: SearchResultInput | null;

  @Field(() => AccountInput, { nullable: true, description: 'For ACCOUNT.' })
  @IsOptional()
  @ValidateNested()
  account?: AccountInput | null;
}
