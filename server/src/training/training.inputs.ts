import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EnforcementAction } from '../decisions/actions.ts';
import { Verdict } from '../decisions/decision.entity.ts';
import { Severity } from '../policies/severity.ts';
import { QuestionKind, TrainingAssignment } from './training.entities.ts';
import { TrainingStatus } from './training.service.ts';

registerEnumType(TrainingStatus, {
  name: 'TrainingStatus',
  description: 'Where someone stands in a program.',
  valuesConfig: {
    NOT_STARTED: { description: 'No attempt yet.' },
    IN_PROGRESS: { description: 'An attempt is open, or one failed with attempts left.' },
    PASSED: { description: 'Passed (since it was last assigned).' },
    FAILED: { description: 'Every allowed attempt failed.' },
    OVERDUE: { description: 'Assigned, past its due date, and not passed.' },
  },
});

@InputType({ description: 'A module of policy material.' })
export class TrainingModuleInput {
  @Field({ description: 'Title.' })
  @Length(1, 200)
  title!: string;

  @Field({ description: 'The material, in Markdown (links and formatting; no HTML survives).' })
  @Length(1, 50_000)
  body!: string;
}

@InputType({ description: 'An answer option of a multiple-choice question.' })
export class QuestionOptionInput {
  @Field({ description: 'What it says.' })
  @Length(1, 1000)
  text!: string;

  @Field({ description: 'Whether it is right; a question can have several right options.' })
  correct!: boolean;
}

@InputType({ description: 'An assessment question: multiple choice with options, or a practice case with a golden case.' })
export class AssessmentQuestionInput {
  @Field(() => QuestionKind, { description: 'Multiple choice or practice case.' })
  kind!: QuestionKind;

  @Field({ description: 'The question, or what to do with the practice case.' })
  @Length(1, 2000)
  prompt!: string;

  @Field(() => [QuestionOptionInput], { nullable: true, description: 'Multiple choice: 2 to 8 options.' })
  @IsOptional()
  @ArrayMaxSize(8)
  @ValidateNested()
  options?: QuestionOptionInput[] | null;

  @Field(() => ID, { nullable: true, description: 'Practice case: the live golden case whose known answer grades it.' })
  @IsOptional()
  goldenCaseId?: string | null;
}

@InputType({ description: 'A new training program.' })
export class CreateTrainingProgramInput {
  @Field({ description: 'Display title.' })
  @Length(1, 200)
  title!: string;

  @Field({ description: 'What it covers.' })
  @MaxLength(2000)
  summary!: string;

  @Field(() => String, { nullable: true, description: 'The policy area it teaches (needed for remedial training).' })
  @IsOptional()
  @MaxLength(100)
  policyCode?: string | null;

  @Field(() => Float, { description: 'Share of the assessment to answer right to pass, above 0 and at most 1.' })
  passMark!: number;

  @Field(() => Int, { description: 'Attempts allowed, 1 to 20.' })
  attemptLimit!: number;

  @Field(() => String, { nullable: true, description: 'The certification a pass grants, e.g. `SEARCH_CHILD_SAFETY`.' })
  @IsOptional()
  certificationCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days the certification is valid, 1 to 1095.' })
  @IsOptional()
  certificationValidDays?: number | null;

  @Field(() => Float, { nullable: true, description: 'Assign this program once to anyone whose accuracy on `policyCode` falls below this share.' })
  @IsOptional()
  remedialThreshold?: number | null;

  @Field(() => Int, { nullable: true, description: 'The trailing window for that accuracy, in days (default 30).' })
  @IsOptional()
  remedialWindowDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Checked decisions needed in the window before it counts (default 5).' })
  @IsOptional()
  remedialMinChecked?: number | null;

  @Field(() => [TrainingModuleInput], { description: 'The modules, in reading order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  modules!: TrainingModuleInput[];

  @Field(() => [AssessmentQuestionInput], { description: 'The assessment, in authoring order (each attempt shuffles it).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested()
  questions!: AssessmentQuestionInput[];
}

@InputType({ description: 'A practice case’s finding.' })
export class PracticeFindingInput {
  @Field(() => Verdict, { description: 'The verdict.' })
  verdict!: Verdict;

  @Field(() => [String], { description: 'The policies violated.' })
  @ArrayMaxSize(10)
  policyCodes!: string[];

  @Field(() => EnforcementAction, { description: 'The action.' })
  action!: EnforcementAction;
}

@InputType({ description: 'The answer to one question.' })
export class AttemptAnswerInput {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => [String], { nullable: true, description: 'Multiple choice: the options chosen.' })
  @IsOptional()
  @ArrayMaxSize(8)
  optionIds?: string[] | null;

  @Field(() => PracticeFindingInput, { nullable: true, description: 'Practice case: the finding.' })
  @IsOptional()
  @ValidateNested()
  finding?: PracticeFindingInput | null;
}

@InputType({ description: 'The answers of an attempt, sent once to be graded.' })
export class SubmitTrainingAttemptInput {
  @Field(() => ID, { description: 'Your open attempt.' })
  attemptId!: string;

  @Field(() => [AttemptAnswerInput], { description: 'One answer per question; unanswered questions count as wrong.' })
  @ArrayMaxSize(100)
  @ValidateNested()
  answers!: AttemptAnswerInput[];
}

@InputType({ description: 'Assigns a program to people and/or a whole team.' })
export class AssignTrainingInput {
  @Field(() => ID, { description: 'The program.' })
  programId!: string;

  @Field(() => [ID], { nullable: true, description: 'People to assign it to.' })
  @IsOptional()
  @ArrayMaxSize(500)
  userIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'A team: every active evaluator in it.' })
  @IsOptional()
  teamId?: string | null;

  @Field({ description: 'When it is due.' })
  dueAt!: Date;
}

@ObjectType('QuestionOption', { description: 'An answer option.' })
export class QuestionOptionType {
  @Field(() => ID, { description: 'Stable within the question.' })
  id!: string;

  @Field({ description: 'What it says.' })
  text!: string;
}

@ObjectType('PracticeFinding', { description: 'A finding given on a practice case.' })
export class PracticeFindingType {
  @Field(() => Verdict)
  verdict!: Verdict;

  @Field(() => [String])
  policyCodes!: string[];

  @Field(() => EnforcementAction)
  action!: EnforcementAction;
}

/** One question as an attempt shows it; `subjectId` is exposed as `subject`. */
@ObjectType('AttemptQuestion', { description: 'A question of an attempt, in that attempt’s order, options shuffled; right answers are never sent.' })
export class AttemptQuestionType {
  @Field(() => ID)
  id!: string;

  @Field(() => QuestionKind)
  kind!: QuestionKind;

  @Field()
  prompt!: string;

  @Field(() => [QuestionOptionType], { description: 'Multiple choice: the options, in this attempt’s order.' })
  options!: QuestionOptionType[];

  subjectId!: string | null;

  @Field(() => Severity, { nullable: true, description: 'Practice case: its severity (it drives blurring).' })
  severity!: Severity | null;

  @Field(() => String, { nullable: true, description: 'Practice case: the policy its reports suspect.' })
  policyCode!: string | null;

  @Field(() => [String], { nullable: true, description: 'Your chosen options, once submitted.' })
  chosenOptionIds!: string[] | null;

  @Field(() => PracticeFindingType, { nullable: true, description: 'Your finding, once submitted.' })
  finding!: PracticeFindingType | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether you answered it right; null until submitted.' })
  correct!: boolean | null;
}

/** An attempt as its taker sees it; `programId` is exposed as `program`. */
@ObjectType('TrainingAttempt', { description: 'One sitting of a program’s assessment.' })
export class TrainingAttemptType {
  @Field(() => ID)
  id!: string;

  programId!: string;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => [AttemptQuestionType], { description: 'The questions in this attempt’s order.' })
  questions!: AttemptQuestionType[];

  @Field(() => Int, { nullable: true, description: 'Right answers, once submitted.' })
  correct!: number | null;

  @Field(() => Int, { description: 'Questions.' })
  total!: number;

  @Field(() => Float, { nullable: true, description: 'correct / total, once submitted.' })
  score!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it reached the pass mark, once submitted.' })
  passed!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'From start to submit, in milliseconds.' })
  timeSpentMs!: number | null;
}

/** One person's standing in one program; ids are exposed as `user` and `program`. */
@ObjectType('TrainingProgress', { description: 'Where one person stands in one program.' })
export class TrainingProgressType {
  userId!: string;
  programId!: string;

  @Field(() => TrainingStatus)
  status!: TrainingStatus;

  @Field(() => Int, { description: 'Attempts used since the count last started (a pass, or the latest assignment).' })
  attemptsUsed!: number;

  @Field(() => Int)
  attemptsLeft!: number;

  @Field(() => Float, { nullable: true, description: 'The best score so far.' })
  bestScore!: number | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is due, if assigned.' })
  dueAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was assigned (MANAGER or REMEDIAL), if it was.' })
  assignmentReason!: string | null;
}

@ObjectType({ description: 'The assignments made.' })
export class AssignTrainingPayload {
  @Field(() => [TrainingAssignment])
  assignments!: TrainingAssignment[];
}
