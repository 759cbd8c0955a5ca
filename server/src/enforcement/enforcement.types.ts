import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EnforcementAction } from '../decisions/actions.ts';
import { DecisionEventSubjectType } from '../decisions/decision-feed.types.ts';
import { type EnforcementChange, EnforcementChangeKind, type EnforcementChangePage, type EnforcementEntry, type EnforcementListPage } from './enforcement.service.ts';

registerEnumType(EnforcementChangeKind, {
  name: 'EnforcementChangeKind',
  description: 'How a subject’s entry changed.',
  valuesConfig: {
    ADD: { description: 'Enforce `entry` on the subject, replacing whatever entry it had.' },
    REMOVE: { description: 'Stop enforcing anything on the subject (an overturn or an appeal lifted it). A subject you hold no entry for needs nothing.' },
  },
});

@ObjectType('EnforcementEntry', { description: 'What is enforced on a subject now, and the decision that put it there.' })
export class EnforcementEntryType implements EnforcementEntry {
  @Field(() => DecisionEventSubjectType)
  subject!: DecisionEventSubjectType;

  @Field(() => EnforcementAction, { description: 'Search: interstitial, stop suggesting, demote, block, remove. Account: warn, restrict, suspend, ban, verification, profile reset.' })
  action!: EnforcementAction;

  @Field(() => GraphQLJSONObject, { description: 'The action’s parameters, e.g. `{ "suspensionDays": 7 }`.' })
  actionParams!: Record<string, unknown>;

  @Field(() => [String], { description: 'Policies found violated.' })
  policyCodes!: string[];

  @Field(() => Date, { nullable: true, description: 'When a suspension ends (decided at + its days); null for every other action.' })
  until!: Date | null;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  decisionId!: string;

  @Field(() => Date)
  decidedAt!: Date;
}

@ObjectType('EnforcementChange', { description: 'A subject whose entry changed since the version asked with, as it stands now.' })
export class EnforcementChangeType implements EnforcementChange {
  @Field(() => EnforcementChangeKind)
  change!: EnforcementChangeKind;

  @Field(() => DecisionEventSubjectType)
  subject!: DecisionEventSubjectType;

  @Field(() => EnforcementEntryType, { nullable: true, description: 'The entry to enforce (ADD); null on REMOVE.' })
  entry!: EnforcementEntryType | null;

  @Field(() => ID, { description: 'The decision that made the change.' })
  decisionId!: string;

  @Field(() => Date)
  decidedAt!: Date;
}

@ObjectType('EnforcementListPage', { description: 'A page of a domain’s enforcement list.' })
export class EnforcementListPageType implements EnforcementListPage {
  @Field(() => [EnforcementEntryType])
  entries!: EnforcementEntryType[];

  @Field(() => String, {
    nullable: true,
    description: 'The list’s version up to this page. While `hasMore`, pass it as `after` for the next page; after the last page, keep it and ask `enforcementChanges(since:)` with it.',
  })
  version!: string | null;

  @Field({ description: 'More entries follow: ask for the next page at once.' })
  hasMore!: boolean;
}

@ObjectType('EnforcementChangePage', { description: 'A page of changes to a domain’s enforcement list.' })
export class EnforcementChangePageType implements EnforcementChangePage {
  @Field(() => [EnforcementChangeType], { description: 'One per subject, in the order they last changed.' })
  changes!: EnforcementChangeType[];

  @Field(() => String, { nullable: true, description: 'The version these changes bring you to: `since` of the next call.' })
  version!: string | null;

  @Field({ description: 'More changes are ready: ask again at once.' })
  hasMore!: boolean;
}
