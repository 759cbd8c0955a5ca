import { IsOptional } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FindingInput } from '../decisions/decision.inputs.ts';
import { connectionOf } from '../kernel/connection.ts';
import { GoldenCase } from './golden-case.entity.ts';
import type { GoldenScore } from './golden.service.ts';

export const GoldenCaseConnection = connectionOf(GoldenCase, 'GoldenCase');

@InputType({ description: 'Marks a case with its known answer; `rationale` explains the answer.' })
export class MarkGoldenCaseInput extends FindingInput {
  @Field(() => ID, { description: 'The case to copy into its queue as a golden case.' })
  caseId!: string;
}

@InputType({ description: 'Which golden cases to list.' })
export class GoldenCaseFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only this queue’s.' })
  @IsOptional()
  queueId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include retired ones (default: only live ones).' })
  @IsOptional()
  includeRetired?: boolean | null;
}

@ObjectType('GoldenScore', { description: 'How evaluators answered a golden case.' })
export class GoldenScoreType implements GoldenScore {
  @Field(() => Int, { description: 'Answers given on its copies.' })
  answered!: number;

  @Field(() => Int, { description: 'Answers that matched: same verdict, action and policies.' })
  correct!: number;

  @Field(() => Float, { nullable: true, description: 'correct / answered; null before the first answer.' })
  get accuracy(): number | null {
    return this.answered ? this.correct / this.answered : null;
  }
}

@ObjectType({ description: 'The golden case after the change.' })
export class GoldenCasePayload {
  @Field(() => GoldenCase, { description: 'The golden case.' })
  goldenCase!: GoldenCase;
}
