import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewCase } from '../cases/case.entity.ts';
import { User } from '../people/user.entity.ts';
import type { Rung } from '../strikes/ladder.ts';
import { LadderRungType } from '../strikes/strike.types.ts';
import { EnforcementAction } from './actions.ts';

export enum Verdict {
  VIOLATING = 'VIOLATING',
  NOT_VIOLATING = 'NOT_VIOLATING',
  NEEDS_CONTEXT = 'NEEDS_CONTEXT',
}
registerEnumType(Verdict, { name: 'Verdict', description: 'The evaluator’s finding.' });

export enum DecisionKind {
  PRIMARY = 'PRIMARY',
  SECOND_REVIEW = 'SECOND_REVIEW',
  ESCALATION_RESOLUTION = 'ESCALATION_RESOLUTION',
  QA_REVIEW = 'QA_REVIEW',
  ADJUDICATION = 'ADJUDICATION',
  NETWORK_ACTION = 'NETWORK_ACTION',
}
registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: 'Which decision on a case this is.',
  valuesConfig: {
    PRIMARY: { description: 'The first decision.' },
    SECOND_REVIEW: { description: 'A blind second decision on a sampled case.' },
    ESCALATION_RESOLUTION: { description: 'A specialist’s answer to an escalation; it resolves the case.' },
    QA_REVIEW: { description: 'A QA analyst’s review of a sampled case; when it differs, it overturns the decision and stands instead.' },
    ADJUDICATION: { description: 'A QA analyst’s final decision on a case whose two reviews disagreed; it resolves the case.' },
    NETWORK_ACTION: { description: 'A specialist’s network action: one finding for the linked accounts they ticked, recorded on each account’s case; it resolves the case.' },
  },
});

/** One decision. A retried submit with the same idempotency key finds this row instead of adding one. */
@ObjectType({ description: 'One decision on a case.' })
@Entity({ tableName: 'decision' })
@Unique({ properties: ['decidedBy', 'idempotencyKey'] })
// The claim's "never the same evaluator twice" check looks up a case and a person together.
@Index({ properties: ['case', 'decidedBy'] })
@Index({ name: 'decision_created_at_index', properties: ['createdAt'] })
export class Decision {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ReviewCase)
  case!: ReviewCase;

  @Field(() => DecisionKind, { description: 'Primary, blind second review, escalation resolution, QA review or adjudication.' })
  @Enum({ items: () => DecisionKind })
  kind!: DecisionKind;

  @ManyToOne(() => User)
  decidedBy!: User;

  @Field(() => Verdict, { description: 'The finding.' })
  @Enum({ items: () => Verdict })
  verdict!: Verdict;

  @Field(() => [String], { description: 'Policies found violated.' })
  @Property({ type: 'text[]' })
  policyCodes!: string[];

  /** The taxonomy version the labels come from. */
  @Field(() => Int, { description: 'The taxonomy version the labels come from.' })
  @Property({ type: 'integer' })
  policyVersion!: number;

  @Field(() => EnforcementAction, { description: 'What happens to the subject.' })
  @Enum({ items: () => EnforcementAction })
  action!: EnforcementAction;

  @Field(() => GraphQLJSONObject, { description: 'The action’s parameters, e.g. `{ "suspensionDays": 7 }`.' })
  @Property({ type: 'json' })
  actionParams!: Record<string, unknown>;

  @Field({ description: 'Why, in the evaluator’s words.' })
  @Property({ type: 'text' })
  rationale!: string;

  @Field(() => Int, { description: 'Time spent on the case, in milliseconds, as the client reported it.' })
  @Property({ type: 'integer' })
  handleTimeMs!: number;

  /**
   * Handle time as the server measured it: from the claim (review_case.claimed_at) to the
   * decision. Null where no claim time is known (decisions from before claims were stamped,
   * specialist and QA decisions). No break time falls inside it: an enforced break refuses the
   * next claims and starts when the capped case is claimed (wellness.sql.ts), so the person is
   * working the case they hold, not resting, and the break they then take is between cases. Idle
   * time with the case open is counted: nothing records a pause inside a claim.
   */
  @Field(() => Int, { nullable: true, description: 'Time from the claim to the decision, in milliseconds, as the server measured it; null where the claim time is unknown.' })
  @Property({ type: 'integer', nullable: true })
  serverHandleTimeMs?: number | null;

  /** What the account's strike ladders proposed for this finding (strikes/ladder.ts); null where they had nothing to say. */
  @Field(() => LadderRungType, { nullable: true, description: 'Account violations: the action the strike ladders proposed from the account’s standing when it was decided.' })
  @Property({ type: 'json', nullable: true })
  ladderProposal?: Rung | null;

  @Field(() => String, { nullable: true, description: 'Why the evaluator decided otherwise than the ladder proposed; null when they followed it.' })
  @Property({ type: 'text', nullable: true })
  ladderDeviationReason?: string | null;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Field({ description: 'When it was decided.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
