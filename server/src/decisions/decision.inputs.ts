import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ReviewCase } from '../cases/case.entity.ts';
import { EnforcementAction, ProfileField, RestrictableFeature, VerificationKind } from './actions.ts';
import type { CaseView } from '../cases/case.view.ts';
import { Decision, Verdict } from './decision.entity.ts';
import type { DecisionView } from './decision.view.ts';

@InputType({ description: 'The action and the parameters it needs (and no others).' })
export class ActionInput {
  @Field(() => EnforcementAction, { description: 'An action of the case’s domain.' })
  type!: EnforcementAction;

  @Field(() => Int, { nullable: true, description: 'SUSPEND: 1 to 365 days.' })
  @IsOptional()
  @IsInt()
  suspensionDays?: number | null;

  @Field(() => [RestrictableFeature], { nullable: true, description: 'RESTRICT_FEATURES: which features.' })
  @IsOptional()
  restrictedFeatures?: RestrictableFeature[] | null;

  @Field(() => VerificationKind, { nullable: true, description: 'REQUIRE_VERIFICATION: age or identity.' })
  @IsOptional()
  verification?: VerificationKind | null;

  @Field(() => [ProfileField], { nullable: true, description: 'RESET_PROFILE_FIELDS: which fields.' })
  @IsOptional()
  profileFields?: ProfileField[] | null;
}

/** The finding every kind of decision states: decideCase, and a specialist's resolveEscalation (never an argument itself, so not in the schema). */
@InputType()
export class FindingInput {
  @Field(() => Verdict, { description: 'The finding.' })
  verdict!: Verdict;

  @Field(() => [String], { description: 'Policies violated (current taxonomy codes); required for VIOLATING.' })
  @ArrayMaxSize(10)
  policyCodes!: string[];

  @Field(() => ActionInput, { description: 'What happens; NO_ACTION unless VIOLATING.' })
  @ValidateNested()
  action!: ActionInput;

  @Field({ description: 'Why, briefly.' })
  @MaxLength(5000)
  rationale!: string;
}

@InputType({ description: 'A decision on a case you hold.' })
export class DecideCaseInput extends FindingInput {
  @Field(() => ID, { description: 'The case, leased to you.' })
  caseId!: string;

  @Field(() => Int, { description: 'Time spent, in milliseconds.' })
  @IsInt()
  @Min(0)
  @Max(24 * 60 * 60 * 1000)
  handleTimeMs!: number;

  @Field({
    description:
      'Unique per attempt, reused on retry: a retry with the same parameters returns the first result instead of deciding twice; the same key with other parameters is CONFLICT (`extensions.idempotencyKey`).',
  })
  @Length(8, 200)
  idempotencyKey!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Account violations: why the action differs from the one the strike ladders propose (`Subject.standing`). Required then (BAD_USER_INPUT on this field, the proposal in `extensions.proposed`); ignored when the action follows the ladder.',
  })
  @IsOptional()
  @MaxLength(2000)
  ladderDeviationReason?: string | null;
}

@ObjectType({ description: 'The decision and the case after it.' })
export class DecideCasePayload {
  @Field(() => Decision, { description: 'The decision (the first one, on a retry).' })
  decision!: DecisionView;

  @Field(() => ReviewCase, { description: 'The case after the decision.' })
  case!: CaseView;
}
