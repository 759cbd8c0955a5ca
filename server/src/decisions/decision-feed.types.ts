import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Domain } from '../policies/severity.ts';
import { SubjectKind } from '../subjects/subject-kind.ts';
import { EnforcementAction } from './actions.ts';
import { Verdict } from './decision.entity.ts';
import { type DecisionEvent, type DecisionEventFilter, type DecisionEventPage, DecisionEventKind } from './decision-feed.service.ts';

registerEnumType(DecisionEventKind, {
  name: 'DecisionEventKind',
  description: 'How a case’s outcome came about.',
  valuesConfig: {
    PRIMARY: { description: 'The first outcome: the evaluator’s decision (confirmed by a blind second review when the case was sampled).' },
    QA_OVERRIDE: { description: 'A QA review found otherwise and overturned the outcome it supersedes.' },
    ADJUDICATION: { description: 'Two reviews disagreed; a QA analyst decided.' },
    ESCALATION_RESOLUTION: { description: 'A specialist decided an escalated case.' },
    APPEAL_OUTCOME: { description: 'The subject’s owner appealed and a reviewer other than the original one decided.' },
    VARIANT_MATCH: { description: 'A new variant of the query family was reported and its queue applies the family’s decision by itself: the same outcome and decision again, at a new version; the enforcement entry’s `family.variants` names the variant.' },
    NETWORK_ACTION: { description: 'A specialist decided a network of linked accounts at once: each member’s outcome is its own event, with the same rationale.' },
  },
});

@ObjectType('DecisionEventSubject', { description: 'What the outcome applies to.' })
export class DecisionEventSubjectType {
  @Field(() => SubjectKind)
  kind!: SubjectKind;

  @Field({ description: 'The subject’s key as the integrator pushed it (a query, a suggestion, an account id).' })
  key!: string;

  @Field({ description: 'Its locale.' })
  locale!: string;
}

@ObjectType('DecisionEvent', { description: 'A case’s outcome was set or changed: what to enforce on the subject.' })
export class DecisionEventType implements DecisionEvent {
  @Field({ description: 'Resume the feed after this event by passing it as `after`.' })
  cursor!: string;

  @Field(() => ID, { description: 'The decision that sets the outcome.' })
  decisionId!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  queueId!: string;

  @Field(() => Domain)
  domain!: Domain;

  @Field(() => DecisionEventSubjectType)
  subject!: DecisionEventSubjectType;

  @Field(() => DecisionEventKind)
  kind!: DecisionEventKind;

  @Field(() => Verdict)
  verdict!: Verdict;

  @Field(() => [String], { description: 'Policies found violated.' })
  policyCodes!: string[];

  @Field(() => EnforcementAction, { description: 'What to enforce now (NO_ACTION lifts what an earlier outcome imposed).' })
  action!: EnforcementAction;

  @Field(() => GraphQLJSONObject, { description: 'The action’s parameters, e.g. `{ "suspensionDays": 7 }`.' })
  actionParams!: Record<string, unknown>;

  @Field(() => ID, { nullable: true, description: 'The decision of the case’s previous outcome, which this one replaces (null for a first outcome).' })
  supersedesDecisionId!: string | null;

  @Field(() => Date, { description: 'When the decision was made.' })
  decidedAt!: Date;
}

@ObjectType('DecisionEventPage', { description: 'A page of the decision feed.' })
export class DecisionEventPageType implements DecisionEventPage {
  @Field(() => [DecisionEventType], { description: 'In feed order.' })
  events!: DecisionEventType[];

  @Field(() => String, { nullable: true, description: 'Where to resume (`after` of the next call): the last event’s cursor, or the one you asked with when no event was ready.' })
  endCursor!: string | null;

  @Field({ description: 'More events are ready: ask again at once rather than waiting.' })
  hasMore!: boolean;
}

@InputType('DecisionEventFilter', { description: 'Only the events that match every list given.' })
export class DecisionEventFilterInput implements DecisionEventFilter {
  @Field(() => [Domain], { nullable: true })
  domains?: Domain[] | null;

  @Field(() => [ID], { nullable: true })
  queueIds?: string[] | null;

  @Field(() => [EnforcementAction], { nullable: true })
  actions?: EnforcementAction[] | null;
}
