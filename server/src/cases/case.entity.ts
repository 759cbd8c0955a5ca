import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Decision } from '../decisions/decision.entity.ts';
import type { GoldenCase } from '../golden/golden-case.entity.ts';
import { User } from '../people/user.entity.ts';
import { Severity } from '../policies/severity.ts';
import { Queue } from '../queues/queue.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { CaseStatus } from './case-status.ts';

/** A case in a queue; claimed through the hand-written statement in case.sql.ts. */
@ObjectType('Case', { description: 'A case in a queue: one subject, the reports about it, and its decisions.' })
@Entity({ tableName: 'review_case' })
@Index({ properties: ['subject'] })
// Report rollups fold and read cases by arrival and resolution (reports/report.sql.ts).
@Index({ name: 'review_case_arrived_at_index', properties: ['arrivedAt'] })
@Index({
  name: 'review_case_resolved_at_index',
  expression: `create index "review_case_resolved_at_index" on "review_case" ("resolved_at") where "resolved_at" is not null`,
})
@Index({
  name: 'review_case_claim_order',
  expression: `create index "review_case_claim_order" on "review_case" ("queue_id", "severity", "sla_due_at", "arrived_at") where "status" in ('OPEN', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW')`,
})
@Index({
  name: 'review_case_leased_to',
  expression: `create index "review_case_leased_to" on "review_case" ("assignee_id") where "assignee_id" is not null`,
})
@Index({
  name: 'review_case_golden_copies',
  expression: `create index "review_case_golden_copies" on "review_case" ("golden_case_id") where "golden_case_id" is not null`,
})
@Index({
  name: 'review_case_one_open_per_subject',
  // Golden copies share their subject with the real case, so they are left out.
  expression: `create unique index "review_case_one_open_per_subject" on "review_case" ("subject_id") where "status" <> 'RESOLVED' and "golden_case_id" is null`,
})
@Index({
  name: 'review_case_one_open_per_family',
  // One open case per query family, as per subject (Migration20261205100000QueryFamilies).
  expression: `create unique index "review_case_one_open_per_family" on "review_case" ("family_key") where "family_key" is not null and "status" <> 'RESOLVED' and "golden_case_id" is null`,
})
export class ReviewCase {
  [OptionalProps]?: 'id' | 'status' | 'reportCount' | 'secondReviewRequired' | 'arrivedAt' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Queue)
  queue!: Queue;

  @ManyToOne(() => Subject)
  subject!: Subject;

  @Field(() => CaseStatus, { description: 'Where the case is in its lifecycle.' })
  @Enum({ items: () => CaseStatus, default: CaseStatus.OPEN })
  status: CaseStatus = CaseStatus.OPEN;

  @Field(() => Severity, { description: 'Drives order, SLA and blurring; only ever rises.' })
  @Enum({ items: () => Severity })
  severity!: Severity;

  /** The policy the reports suspect, if they say. */
  @Field(() => String, { nullable: true, description: 'The policy the reports suspect, if any.' })
  @Property({ type: 'text', nullable: true })
  policyCode?: string | null;

  @Field(() => [String], { description: 'Where the reports came from, e.g. `user-report`.' })
  @Property({ type: 'text[]' })
  sources!: string[];

  @Field(() => [String], { description: 'Reasons given by the reports.' })
  @Property({ type: 'text[]' })
  reasons!: string[];

  @Field(() => Int, { description: 'Reports merged into this case.' })
  @Property({ type: 'integer', default: 1 })
  reportCount: number = 1;

  /** The integrator's own id for the first report, to correlate decisions back. */
  @Field(() => String, { nullable: true, description: 'The integrator’s id of the first report.' })
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  @Field({ description: 'When the first report arrived.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  arrivedAt: Date = new Date();

  @Field({ description: 'When it must be decided by, from the queue’s SLA for its severity.' })
  @Property({ type: 'datetime' })
  slaDueAt!: Date;

  @ManyToOne(() => User, { nullable: true })
  assignee?: User | null;

  @Field(() => Date, { nullable: true, description: 'When the current claim runs out, if claimed.' })
  @Property({ type: 'datetime', nullable: true })
  leaseExpiresAt?: Date | null;

  /** When the current (or last) holder claimed it: the start of the server-measured handle time. */
  @Property({ type: 'datetime', nullable: true })
  claimedAt?: Date | null;

  @Field({ description: 'Sampled for a blind second review.' })
  @Property({ type: 'boolean', default: false })
  secondReviewRequired: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  /** Set on a golden case's copy: its answer is scored and acts on nothing. Evaluators are never told. */
  @ManyToOne({ entity: 'GoldenCase', nullable: true })
  goldenCase?: Rel<GoldenCase> | null;

  /** Its subject's query family (subjects/query-family.sql.ts `familyKey`): one open case per family. */
  @Property({ type: 'text', nullable: true })
  familyKey?: string | null;

  /** A variant of a query family whose outcome was enforced, opened to confirm that decision (VariantPolicy.CONFIRM). */
  @ManyToOne({ entity: 'Decision', nullable: true })
  variantOfDecision?: Rel<Decision> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
