import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnforcementAction } from '../decisions/actions.ts';
import { DecisionEventKind } from '../decisions/decision-feed.service.ts';
import { Verdict } from '../decisions/decision.entity.ts';
import { DecisionEventSubjectType } from '../decisions/decision-feed.types.ts';
import { type EnforcementChange, EnforcementChangeKind, type EnforcementChangePage, type EnforcementEntry, type EnforcementListPage, type StatementOfReasonsPage } from './enforcement.service.ts';
import { Restriction, type StatementOfReasons } from './statement-of-reasons.ts';

registerEnumType(Restriction, {
  name: 'Restriction',
  description: 'What the outcome restricts, as the DSA transparency database classes it (decision_visibility, decision_account, decision_provision).',
  valuesConfig: {
    CONTENT_DISABLED: { description: 'Results blocked (DECISION_VISIBILITY_CONTENT_DISABLED).' },
    CONTENT_REMOVED: { description: 'A suggestion, result or profile field removed (DECISION_VISIBILITY_CONTENT_REMOVED).' },
    CONTENT_DEMOTED: { description: 'Demoted, or no longer suggested (DECISION_VISIBILITY_CONTENT_DEMOTED).' },
    CONTENT_LABELLED: { description: 'Shown behind a warning (DECISION_VISIBILITY_CONTENT_LABELLED).' },
    ACCOUNT_SUSPENDED: { description: 'Account suspended until `endDate` (DECISION_ACCOUNT_SUSPENDED).' },
    ACCOUNT_TERMINATED: { description: 'Account banned (DECISION_ACCOUNT_TERMINATED).' },
    SERVICE_PARTIALLY_SUSPENDED: { description: 'Features restricted or verification required (DECISION_PROVISION_PARTIAL_SUSPENSION).' },
    WARNING: { description: 'A warning only: nothing restricted.' },
  },
});

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

@ObjectType('StatementPolicy', { description: 'A community-guideline area a statement relies on.' })
export class StatementPolicyType {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'The taxonomy version the decision applied.' })
  version!: number;
}

@ObjectType('StatementOfReasons', { description: 'The statement of reasons (DSA Art. 17) for one enforcing outcome: the facts the transparency database asks for.' })
export class StatementOfReasonsType implements StatementOfReasons {
  @Field(() => ID, { description: 'The decision; the statement’s unique id (the database’s puid).' })
  decisionId!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => DecisionEventKind, { description: 'How the outcome came about (an appeal outcome, a QA override …).' })
  kind!: DecisionEventKind;

  @Field(() => DecisionEventSubjectType)
  subject!: DecisionEventSubjectType;

  @Field(() => EnforcementAction)
  action!: EnforcementAction;

  @Field(() => GraphQLJSONObject)
  actionParams!: Record<string, unknown>;

  @Field(() => Restriction)
  restriction!: Restriction;

  @Field(() => String, { description: 'Always INCOMPATIBLE_CONTENT: Vigil decides against the community guidelines (the terms), not on legality.' })
  decisionGround!: 'INCOMPATIBLE_CONTENT';

  @Field(() => [StatementPolicyType], { description: 'The guideline areas relied on (incompatible_content_ground).' })
  policies!: StatementPolicyType[];

  @Field({ description: 'The transparency database’s statement category, e.g. SCAMS_AND_FRAUD, PROTECTION_OF_MINORS.' })
  category!: string;

  @Field(() => Verdict)
  verdict!: Verdict;

  @Field({ description: 'The facts relied on: the reports and the reviewer’s rationale (decision_facts).' })
  factsReliedOn!: string;

  @Field(() => String, { description: 'NOTICE (a user’s report, Art. 16), TRUSTED_FLAGGER, or OWN_INITIATIVE (found by a model or another system).' })
  sourceType!: 'NOTICE' | 'TRUSTED_FLAGGER' | 'OWN_INITIATIVE';

  @Field({ description: 'Whether it was detected by automated means (a model or another system’s signal).' })
  automatedDetection!: boolean;

  @Field(() => String, { description: 'Always NOT_AUTOMATED: a person decided every outcome in Vigil.' })
  automatedDecision!: 'NOT_AUTOMATED';

  @Field(() => [String], { description: 'Where it applies: every EEA state (enforcement is global).' })
  territorialScope!: string[];

  @Field({ description: 'When it took effect.' })
  applicationDate!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ends (a suspension); null when it has no end.' })
  endDate!: Date | null;

  @Field(() => [String], { description: 'The redress open to the owner: INTERNAL_COMPLAINT_HANDLING (an appeal, `submitAppeal`), OUT_OF_COURT_DISPUTE_SETTLEMENT, JUDICIAL_REDRESS.' })
  redress!: string[];

  @Field(() => String, { nullable: true, description: 'Where an appeal of it stands (OPEN, UPHELD, REVERSED), if one was made.' })
  appealStatus!: string | null;
}

@ObjectType('StatementOfReasonsPage', { description: 'Statements of reasons of a period, oldest first.' })
export class StatementOfReasonsPageType implements StatementOfReasonsPage {
  @Field(() => [StatementOfReasonsType])
  statements!: StatementOfReasonsType[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field()
  hasMore!: boolean;
}
