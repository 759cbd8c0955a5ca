import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ReviewCase } from '../cases/case.entity.ts';
import { Decision } from '../decisions/decision.entity.ts';
import { User } from '../people/user.entity.ts';

export enum EscalationReason {
  POLICY_UNCLEAR = 'POLICY_UNCLEAR',
  CRITICAL_SEVERITY = 'CRITICAL_SEVERITY',
  LEGAL = 'LEGAL',
  PUBLIC_INTEREST_OR_HIGH_PROFILE = 'PUBLIC_INTEREST_OR_HIGH_PROFILE',
  COORDINATED_ACTIVITY = 'COORDINATED_ACTIVITY',
}
registerEnumType(EscalationReason, {
  name: 'EscalationReason',
  description: 'Why an evaluator sent a case to a specialist tier.',
  valuesConfig: {
    POLICY_UNCLEAR: { description: 'The policy does not clearly say.' },
    CRITICAL_SEVERITY: { description: 'Critical severity (S0 cases always go to a specialist).' },
    LEGAL: { description: 'A legal question, e.g. a court order or a regulator’s request.' },
    PUBLIC_INTEREST_OR_HIGH_PROFILE: { description: 'Public interest, or a high-profile account.' },
    COORDINATED_ACTIVITY: { description: 'Suspected coordinated activity across subjects.' },
  },
});

export enum EscalationStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  ON_HOLD = 'ON_HOLD',
  RESOLVED = 'RESOLVED',
}
registerEnumType(EscalationStatus, {
  name: 'EscalationStatus',
  description: 'Where an escalation is.',
  valuesConfig: {
    OPEN: { description: 'Waiting for a specialist of its tier.' },
    CLAIMED: { description: 'Leased to a specialist; back to OPEN for others once the lease runs out.' },
    ON_HOLD: { description: 'Kept by its specialist, waiting on something; the SLA keeps running.' },
    RESOLVED: { description: 'Answered; the case is resolved.' },
  },
});

/** A specialist tier and its SLA; reference data inserted by the migration. */
@ObjectType({ description: 'A specialist tier escalations are routed to.' })
@Entity({ tableName: 'escalation_tier' })
export class EscalationTier {
  @Field({ description: 'Stable code, e.g. `TIER_2`, `POLICY`, `LEGAL`.' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field({ description: 'Display name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Time to answer an escalation, in milliseconds.' })
  @Property({ type: 'integer' })
  slaMs!: number;
}

/** A case sent to a specialist tier; claimed through the statement in escalation.sql.ts. */
@ObjectType({ description: 'A case sent to a specialist tier, with its thread and its answer.' })
@Entity({ tableName: 'escalation' })
@Index({
  name: 'escalation_claim_order',
  expression: `create index "escalation_claim_order" on "escalation" ("tier_code", "sla_due_at", "created_at") where "status" in ('OPEN', 'CLAIMED')`,
})
@Index({
  name: 'escalation_breach_watch',
  expression: `create index "escalation_breach_watch" on "escalation" ("sla_due_at") where "status" <> 'RESOLVED' and "breach_notified_at" is null`,
})
@Index({
  name: 'escalation_one_open_per_case',
  expression: `create unique index "escalation_one_open_per_case" on "escalation" ("case_id") where "status" <> 'RESOLVED'`,
})
@Index({ properties: ['raisedBy'] })
@Index({ name: 'escalation_created_at_index', properties: ['createdAt'] })
export class Escalation {
  [OptionalProps]?: 'id' | 'status' | 'compulsory' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ReviewCase)
  case!: ReviewCase;

  @ManyToOne(() => User)
  raisedBy!: User;

  @Field(() => EscalationReason, { description: 'Why it was escalated.' })
  @Enum({ items: () => EscalationReason })
  reason!: EscalationReason;

  @Field({ description: 'The evaluator’s note to the specialist.' })
  @Property({ type: 'text' })
  note!: string;

  @ManyToOne(() => EscalationTier)
  tier!: EscalationTier;

  /** When set, only this specialist may claim it. */
  @ManyToOne(() => User, { nullable: true })
  specialist?: User | null;

  @Field(() => EscalationStatus, { description: 'Where it is.' })
  @Enum({ items: () => EscalationStatus, default: EscalationStatus.OPEN })
  status: EscalationStatus = EscalationStatus.OPEN;

  /** The specialist working it (claimed or on hold). */
  @ManyToOne(() => User, { nullable: true })
  assignee?: User | null;

  @Field(() => Date, { nullable: true, description: 'When the current claim runs out, if claimed.' })
  @Property({ type: 'datetime', nullable: true })
  leaseExpiresAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the current specialist claimed it.' })
  @Property({ type: 'datetime', nullable: true })
  claimedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it is on hold.' })
  @Property({ type: 'text', nullable: true })
  holdReason?: string | null;

  @Field({ description: 'When it must be answered by: raised time plus the tier’s SLA.' })
  @Property({ type: 'datetime' })
  slaDueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the managers were told the SLA was breached.' })
  @Property({ type: 'datetime', nullable: true })
  breachNotifiedAt?: Date | null;

  @Field({ description: 'The policy required a specialist (an S0 case refuses a primary decision); otherwise the evaluator chose to escalate.' })
  @Property({ type: 'boolean', default: false })
  compulsory: boolean = false;

  @Field(() => Boolean, { nullable: true, description: 'The specialist’s confirmation that escalating was right (once resolved).' })
  @Property({ type: 'boolean', nullable: true })
  neededEscalation?: boolean | null;

  @ManyToOne(() => Decision, { nullable: true })
  resolution?: Decision | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Field({ description: 'When it was raised.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One message in an escalation's thread. */
@ObjectType({ description: 'A message in an escalation’s thread.' })
@Entity({ tableName: 'escalation_message' })
@Index({ properties: ['escalation', 'createdAt'] })
export class EscalationMessage {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Escalation)
  escalation!: Escalation;

  @ManyToOne(() => User)
  author!: User;

  @Field({ description: 'The message.' })
  @Property({ type: 'text' })
  body!: string;

  @Field({ description: 'When it was posted.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
