import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { ReviewCase } from '../cases/case.entity.ts';
import { EnforcementAction } from '../decisions/actions.ts';
import { Verdict } from '../decisions/decision.entity.ts';
import { User } from '../people/user.entity.ts';
import { Severity } from '../policies/severity.ts';
import { Queue } from '../queues/queue.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';

/**
 * A case with a known answer. The claim mixes copies of it into its queue at the queue's golden
 * rate (see case.sql.ts): each copy is a case row of its own, so an evaluator's answer is scored
 * against this one and never decides the real case or its subject.
 */
@ObjectType({ description: 'A case marked with its known answer, mixed unseen into its queue to score evaluators.' })
@Entity({ tableName: 'golden_case' })
@Index({
  name: 'golden_case_one_live_per_source',
  expression: `create unique index "golden_case_one_live_per_source" on "golden_case" ("source_case_id") where "retired_at" is null`,
})
@Index({ properties: ['queue'] })
export class GoldenCase {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The case it was marked from; its content is copied so later reports do not change the test. */
  @ManyToOne({ entity: 'ReviewCase' })
  sourceCase!: Rel<ReviewCase>;

  @ManyToOne(() => Queue)
  queue!: Queue;

  @ManyToOne(() => Subject)
  subject!: Subject;

  @Field(() => Severity, { description: 'The severity its copies carry.' })
  @Enum({ items: () => Severity })
  severity!: Severity;

  @Field(() => String, { nullable: true, description: 'The policy its reports suspect, if any.' })
  @Property({ type: 'text', nullable: true })
  policyCode?: string | null;

  @Property({ type: 'text[]' })
  sources!: string[];

  @Property({ type: 'text[]' })
  reasons!: string[];

  @Property({ type: 'integer' })
  reportCount!: number;

  @Field(() => Verdict, { description: 'The known verdict.' })
  @Enum({ items: () => Verdict })
  verdict!: Verdict;

  @Field(() => [String], { description: 'The known policies violated.' })
  @Property({ type: 'text[]' })
  policyCodes!: string[];

  @Field(() => EnforcementAction, { description: 'The known action.' })
  @Enum({ items: () => EnforcementAction })
  action!: EnforcementAction;

  @Field(() => GraphQLJSONObject, { description: 'The known action’s parameters.' })
  @Property({ type: 'json' })
  actionParams!: Record<string, unknown>;

  @Field({ description: 'Why this is the answer, for the evaluators’ feedback and training.' })
  @Property({ type: 'text' })
  explanation!: string;

  @Field(() => Int, { description: 'The taxonomy version the answer uses.' })
  @Property({ type: 'integer' })
  policyVersion!: number;

  @ManyToOne(() => User)
  createdBy!: User;

  @Field({ description: 'When it was marked.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it stopped being mixed into its queue, if it has.' })
  @Property({ type: 'datetime', nullable: true })
  retiredAt?: Date | null;
}
