import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ReviewCase } from '../cases/case.entity.ts';
import { Decision } from '../decisions/decision.entity.ts';
import { FindingInput } from '../decisions/decision.inputs.ts';
import { connectionOf } from '../kernel/connection.ts';
import { QaTask, QaTaskKind, QaTaskStatus } from './qa-task.entity.ts';

export const QaTaskConnection = connectionOf(QaTask, 'QaTask');

@InputType({ description: 'Which QA tasks to list; all given conditions must hold.' })
export class QaTaskFilterInput {
  @Field(() => QaTaskKind, { nullable: true, description: 'Only samples or only adjudications.' })
  @IsOptional()
  kind?: QaTaskKind | null;

  @Field(() => QaTaskStatus, { nullable: true, description: 'Only this status.' })
  @IsOptional()
  status?: QaTaskStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only this queue’s.' })
  @IsOptional()
  queueId?: string | null;
}

@InputType({ description: 'A QA analyst’s finding on the task they hold: the same finding confirms a sample, another overturns it; for an adjudication it is the final decision.' })
export class CompleteQaTaskInput extends FindingInput {
  @Field(() => ID, { description: 'The QA task, claimed by you.' })
  taskId!: string;

  @Field(() => Int, { description: 'Time spent, in milliseconds.' })
  @IsInt()
  @Min(0)
  @Max(24 * 60 * 60 * 1000)
  handleTimeMs!: number;
}

@ObjectType('QaTaskCounts', { description: 'QA tasks not yet done.' })
export class QaTaskCountsType {
  @Field(() => Int, { description: 'Sampled cases waiting for review.' })
  openSamples!: number;

  @Field(() => Int, { description: 'Disagreements waiting for adjudication.' })
  openAdjudications!: number;
}

@ObjectType({ description: 'The task claimed, or none when nothing is left for you.' })
export class ClaimNextQaTaskPayload {
  @Field(() => QaTask, { nullable: true, description: 'The task now leased to you.' })
  task?: QaTask | null;
}

@ObjectType({ description: 'The task after the change.' })
export class QaTaskPayload {
  @Field(() => QaTask, { description: 'The task.' })
  task!: QaTask;
}

@ObjectType({ description: 'The finished task, the QA decision, and the case after it.' })
export class CompleteQaTaskPayload {
  @Field(() => QaTask, { description: 'The task, now done, with its outcome.' })
  task!: QaTask;

  @Field(() => Decision, { description: 'The QA review or adjudication decision.' })
  decision!: Decision;

  @Field(() => ReviewCase, { description: 'The case after it.' })
  case!: ReviewCase;
}
