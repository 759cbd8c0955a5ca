import { GraphQLJSONObject } from 'graphql-scalars';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { EnforcementAction } from '../decisions/actions.ts';
import { Verdict } from '../decisions/decision.entity.ts';
import { Appeal } from './appeal.entity.ts';

@InputType({ description: 'An appeal of the outcome enforced on a subject, on its owner’s behalf.' })
export class SubmitAppealInput {
  @Field(() => ID, { description: 'The decision whose outcome is enforced now (`decisionId` of its feed event or webhook).' })
  decisionId!: string;

  @Field({ description: 'What the owner says, in their words (up to 5,000 characters).' })
  @Length(1, 5000)
  statement!: string;

  @Field(() => String, { nullable: true, description: 'Your reference for the person appealing, to match the outcome to them.' })
  @IsOptional()
  @MaxLength(200)
  appellantRef?: string | null;

  @Field({ description: 'The same on every retry of this submission: a retry returns the appeal already made.' })
  @Length(1, 200)
  idempotencyKey!: string;
}

@ObjectType({ description: 'The appeal, open in the appeals queue.' })
export class SubmitAppealPayload {
  @Field(() => Appeal)
  appeal!: Appeal;
}

@ObjectType({ description: 'What the appealed decision found, as the appeal’s reviewer reads it (not who made it).' })
export class AppealedOutcome {
  @Field(() => Verdict)
  verdict!: Verdict;

  @Field(() => [String])
  policyCodes!: string[];

  @Field(() => EnforcementAction)
  action!: EnforcementAction;

  @Field(() => GraphQLJSONObject)
  actionParams!: Record<string, unknown>;

  @Field({ description: 'Why it was decided so.' })
  rationale!: string;

  @Field()
  decidedAt!: Date;
}
