import { ArrayMaxSize, ArrayMinSize, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnforcementAction, ProfileField, RestrictableFeature, VerificationKind } from '../decisions/actions.ts';
import type { Ladder, Rung } from './ladder.ts';
import type { PolicyStanding, Strike, StrikeStatus } from './strike.service.ts';

export enum StrikeStatusType {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REMOVED = 'REMOVED',
}
registerEnumType(StrikeStatusType, {
  name: 'StrikeStatus',
  description: 'Whether a strike still counts.',
  valuesConfig: {
    ACTIVE: { description: 'Counts towards the account’s standing until `expiresAt`.' },
    EXPIRED: { description: 'Decayed: past its expiry, it no longer counts.' },
    REMOVED: { description: 'Lifted: the decision that gave it was reversed (a QA override or an appeal).' },
  },
});

@ObjectType('LadderRung', { description: 'One rung of a strike ladder: an account action with its parameters.' })
export class LadderRungType implements Rung {
  @Field(() => EnforcementAction)
  type!: EnforcementAction;

  @Field(() => Int, { nullable: true, description: 'SUSPEND: days.' })
  suspensionDays?: number | null;

  @Field(() => [RestrictableFeature], { nullable: true, description: 'RESTRICT_FEATURES: which features.' })
  restrictedFeatures?: RestrictableFeature[] | null;

  @Field(() => VerificationKind, { nullable: true, description: 'REQUIRE_VERIFICATION: age or identity.' })
  verification?: VerificationKind | null;

  @Field(() => [ProfileField], { nullable: true, description: 'RESET_PROFILE_FIELDS: which fields.' })
  profileFields?: ProfileField[] | null;
}

@ObjectType('StrikeLadder', { description: 'What each further violation in a policy area brings an account: the rungs, lightest first, and how long a strike counts.' })
export class StrikeLadderType implements Ladder {
  @Field(() => [LadderRungType])
  rungs!: Rung[];

  @Field(() => Int, { description: 'Days a strike counts before it decays.' })
  expiryDays!: number;
}

@ObjectType('PolicyStanding', { description: 'An account’s standing in one policy area, and what its next violation there should bring.' })
export class PolicyStandingType implements PolicyStanding {
  @Field()
  policyCode!: string;

  @Field(() => Int, { description: 'Strikes that still count.' })
  activeStrikes!: number;

  @Field(() => Int, { description: 'Their weights summed (severity S0 4, S1 3, S2 2, S3 1): the rung the next violation reaches.' })
  points!: number;

  @Field(() => LadderRungType, { description: 'The action the ladder proposes for a violation now.' })
  proposed!: Rung;

  @Field(() => StrikeLadderType)
  ladder!: Ladder;
}

@ObjectType('Strike', { description: 'A strike on an account: one enforced violation in one policy area.' })
export class StrikeType implements Omit<Strike, 'status'> {
  @Field(() => ID)
  id!: string;

  @Field()
  policyCode!: string;

  @Field(() => Int, { description: 'Its weight, from the policy’s severity.' })
  weight!: number;

  @Field(() => ID, { description: 'The decision that gave it.' })
  decisionId!: string;

  @Field(() => ID)
  caseId!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'When it stops counting.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was lifted, if it was.' })
  removedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The decision that reversed the one that gave it.' })
  removedByDecisionId!: string | null;

  @Field(() => StrikeStatusType)
  status!: StrikeStatus;
}

@InputType({ description: 'A rung: an account action other than NO_ACTION, with its parameters.' })
export class LadderRungInput implements Rung {
  @Field(() => EnforcementAction)
  type!: EnforcementAction;

  @Field(() => Int, { nullable: true })
  suspensionDays?: number | null;

  @Field(() => [RestrictableFeature], { nullable: true })
  restrictedFeatures?: RestrictableFeature[] | null;

  @Field(() => VerificationKind, { nullable: true })
  verification?: VerificationKind | null;

  @Field(() => [ProfileField], { nullable: true })
  profileFields?: ProfileField[] | null;
}

@InputType({ description: 'A policy area’s strike ladder.' })
export class SetStrikeLadderInput {
  @Field({ description: 'A current policy that applies to accounts.' })
  policyCode!: string;

  @Field(() => [LadderRungInput], { description: '1 to 8 rungs, lightest first.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ValidateNested()
  rungs!: LadderRungInput[];

  @Field(() => Int, { description: 'Days a strike counts (1 to 3,650).' })
  @Min(1)
  @Max(3650)
  expiryDays!: number;
}

@ObjectType({ description: 'The policy area’s ladder as set.' })
export class SetStrikeLadderPayload {
  @Field()
  policyCode!: string;

  @Field(() => StrikeLadderType)
  ladder!: Ladder;
}
