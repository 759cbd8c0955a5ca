import { IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ReviewCase } from '../cases/case.entity.ts';
import { connectionOf } from '../kernel/connection.ts';
import { Decision } from '../decisions/decision.entity.ts';
import { FindingInput } from '../decisions/decision.inputs.ts';
import { Escalation, EscalationMessage, EscalationReason, EscalationStatus } from './escalation.entities.ts';
import type { EscalationPrecision } from './escalation.service.ts';

export const EscalationConnection = connectionOf(Escalation, 'Escalation');

@InputType({ description: 'Sends the case you hold to a specialist tier.' })
export class EscalateCaseInput {
  @Field(() => ID, { description: 'The case, leased to you.' })
  caseId!: string;

  @Field(() => EscalationReason, { description: 'Why it needs a specialist.' })
  reason!: EscalationReason;

  @Field({ description: 'What the specialist should know.' })
  @MaxLength(5000)
  note!: string;

  @Field({ description: 'The tier, e.g. `TIER_2`, `POLICY`, `LEGAL` (see `escalationTiers`).' })
  @Length(1, 50)
  tierCode!: string;

  @Field(() => ID, { nullable: true, description: 'A named specialist; then only they can claim it.' })
  @IsOptional()
  @IsUUID()
  specialistId?: string | null;
}

@InputType({ description: 'A specialist’s answer to the escalation they hold; the evaluator who raised it reads the rationale.' })
export class ResolveEscalationInput extends FindingInput {
  @Field(() => ID, { description: 'The escalation, claimed by you or on hold with you.' })
  escalationId!: string;

  @Field({ description: 'Whether escalating was the right call (feeds the evaluator’s escalation precision).' })
  neededEscalation!: boolean;
}

@InputType({ description: 'Which escalations to list; all given conditions must hold.' })
export class EscalationFilterInput {
  @Field(() => EscalationStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  status?: EscalationStatus | null;

  @Field(() => String, { nullable: true, description: 'Only this tier.' })
  @IsOptional()
  @MaxLength(50)
  tierCode?: string | null;
}

@ObjectType({ description: 'The new escalation and the case, now ESCALATED.' })
export class EscalateCasePayload {
  @Field(() => Escalation, { description: 'The escalation.' })
  escalation!: Escalation;

  @Field(() => ReviewCase, { description: 'The case after it.' })
  case!: ReviewCase;
}

@ObjectType({ description: 'The escalation claimed, or none when the tier has nothing for you.' })
export class ClaimNextEscalationPayload {
  @Field(() => Escalation, { nullable: true, description: 'The escalation now leased to you.' })
  escalation?: Escalation | null;
}

@ObjectType({ description: 'The escalation after the change.' })
export class EscalationPayload {
  @Field(() => Escalation, { description: 'The escalation.' })
  escalation!: Escalation;
}

@ObjectType({ description: 'An escalation changed; fetch details with `escalation(id)`.' })
export class EscalationChange {
  @Field(() => ID, { description: 'The escalation.' })
  escalationId!: string;

  @Field(() => EscalationStatus, { description: 'Its status now.' })
  status!: EscalationStatus;
}

@ObjectType({ description: 'The message posted.' })
export class PostEscalationMessagePayload {
  @Field(() => EscalationMessage, { description: 'The message.' })
  message!: EscalationMessage;
}

@ObjectType({ description: 'The resolved escalation, its decision and the resolved case.' })
export class ResolveEscalationPayload {
  @Field(() => Escalation, { description: 'The escalation, RESOLVED.' })
  escalation!: Escalation;

  @Field(() => Decision, { description: 'The ESCALATION_RESOLUTION decision.' })
  decision!: Decision;

  @Field(() => ReviewCase, { description: 'The case, RESOLVED.' })
  case!: ReviewCase;
}

@ObjectType({ description: 'A message was posted to an escalation’s thread; fetch it with `escalation(id) { messages }`.' })
export class EscalationMessagePosted {
  @Field(() => ID, { description: 'The escalation.' })
  escalationId!: string;

  @Field(() => ID, { description: 'The new message.' })
  messageId!: string;
}

@ObjectType('EscalationPrecision', { description: 'How often an evaluator’s escalations were needed, by the specialists’ answers.' })
export class EscalationPrecisionType implements EscalationPrecision {
  @Field(() => ID, { description: 'The evaluator.' })
  userId!: string;

  @Field({ description: 'Start of the period (escalations raised from then).' })
  from!: Date;

  @Field({ description: 'End of the period (exclusive).' })
  to!: Date;

  @Field(() => Int, { description: 'Escalations raised in the period, compulsory ones included.' })
  raised!: number;

  @Field(() => Int, { description: 'Of those, the ones the policy required (not counted in the precision).' })
  compulsory!: number;

  @Field(() => Int, { description: 'Of the discretionary ones (raised − compulsory), those resolved.' })
  resolved!: number;

  @Field(() => Int, { description: 'Of the resolved, the ones the specialist confirmed needed escalating.' })
  confirmed!: number;

  @Field(() => Float, { nullable: true, description: '`confirmed / resolved` over discretionary escalations, 0 to 1; null with nothing resolved.' })
  precision!: number | null;
}
