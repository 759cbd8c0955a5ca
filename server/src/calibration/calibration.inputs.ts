import { ArrayMaxSize, ArrayMinSize, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Verdict } from '../decisions/decision.entity.ts';
import { connectionOf } from '../kernel/connection.ts';
import { User } from '../people/user.entity.ts';
import { CalibrationLabel, CalibrationSession } from './calibration.entities.ts';
import type { CaseOutcome, PairAgreement, ParticipantAgreement } from './calibration.results.ts';
import { caseLimits, participantLimits } from './calibration.service.ts';

export const CalibrationSessionConnection = connectionOf(CalibrationSession, 'CalibrationSession');

@InputType({ description: 'A new calibration session: the cases to label and who labels them.' })
export class CreateCalibrationSessionInput {
  @Field({ description: 'What the session is about.' })
  @Length(1, 200)
  title!: string;

  @Field(() => [ID], { description: `The cases everyone labels, ${caseLimits.min} to ${caseLimits.max}, in the order shown.` })
  @ArrayMinSize(caseLimits.min)
  @ArrayMaxSize(caseLimits.max)
  caseIds!: string[];

  @Field(() => [ID], { description: `Who labels them, ${participantLimits.min} to ${participantLimits.max} people with the EVALUATOR, QA_ANALYST or SPECIALIST role.` })
  @ArrayMinSize(participantLimits.min)
  @ArrayMaxSize(participantLimits.max)
  participantIds!: string[];
}

@InputType({ description: 'Your label for one case of a session; sending it again replaces it while the session is open.' })
export class SubmitCalibrationLabelInput {
  @Field(() => ID, { description: 'The session, which you take part in.' })
  @IsUUID()
  sessionId!: string;

  @Field(() => ID, { description: 'One of the session’s cases.' })
  caseId!: string;

  @Field(() => Verdict, { description: 'Your finding.' })
  verdict!: Verdict;

  @Field(() => [String], { description: 'Policies violated (current taxonomy codes); required for VIOLATING.' })
  @ArrayMaxSize(10)
  @MaxLength(50, { each: true })
  policyCodes!: string[];
}

@ObjectType({ description: 'The session after the change.' })
export class CalibrationSessionPayload {
  @Field(() => CalibrationSession, { description: 'The session.' })
  session!: CalibrationSession;
}

@ObjectType({ description: 'The label as stored.' })
export class SubmitCalibrationLabelPayload {
  @Field(() => CalibrationLabel, { description: 'Your label.' })
  label!: CalibrationLabel;
}

@ObjectType({ description: 'A participant and how far they are; what they labelled stays hidden while the session is open.' })
export class CalibrationParticipantProgress {
  @Field(() => User, { description: 'The participant.' })
  user!: User;

  @Field(() => Int, { description: 'Cases they have labelled.' })
  labelled!: number;

  @Field({ description: 'They have labelled every case.' })
  finished!: boolean;
}

@ObjectType({ description: 'How many labels gave a verdict.' })
export class VerdictCount {
  @Field(() => Verdict, { description: 'The verdict.' })
  verdict!: Verdict;

  @Field(() => Int, { description: 'Labels giving it.' })
  count!: number;
}

@ObjectType({ description: 'How a closed session’s participants labelled one case.' })
export class CalibrationCaseResult implements CaseOutcome {
  /** Exposed as `case`. */
  caseId!: string;

  @Field(() => [VerdictCount], { description: 'Labels per verdict, every verdict listed.' })
  spread!: VerdictCount[];

  @Field(() => Verdict, { nullable: true, description: 'The verdict with the most labels; null when verdicts tie for the most.' })
  consensus!: Verdict | null;

  @Field(() => Verdict, { nullable: true, description: 'The known verdict when the case is golden (it has a live golden case, or is a copy of one).' })
  goldenVerdict!: Verdict | null;
}

@ObjectType({ description: 'Cohen’s κ between two participants, on the cases both labelled.' })
export class CalibrationPairResult implements PairAgreement {
  /** Exposed as `first` and `second`. */
  firstId!: string;
  secondId!: string;

  @Field(() => Int, { description: 'Cases both labelled.' })
  cases!: number;

  @Field(() => Float, { nullable: true, description: 'Cohen’s κ, −1 to 1; null when undefined (no shared cases, or one verdict throughout).' })
  cohensKappa!: number | null;
}

@ObjectType({ description: 'How often one participant matched the consensus and the golden answers.' })
export class CalibrationParticipantResult implements ParticipantAgreement {
  /** Exposed as `participant`. */
  participantId!: string;

  @Field(() => Int, { description: 'Cases they labelled.' })
  labelled!: number;

  @Field(() => Int, { description: 'Cases they labelled that have a consensus.' })
  compared!: number;

  @Field(() => Float, { nullable: true, description: 'Share of `compared` where their verdict is the consensus, 0 to 1; null when nothing could be compared.' })
  agreementWithConsensus!: number | null;

  @Field(() => Int, { description: 'Golden cases they labelled.' })
  goldenCompared!: number;

  @Field(() => Float, { nullable: true, description: 'Share of those where their verdict and policies are the known answer, 0 to 1; null without golden cases.' })
  agreementWithGolden!: number | null;
}

@ObjectType({ description: 'What a closed session shows about how consistently its participants labelled.' })
export class CalibrationResults {
  @Field(() => [CalibrationCaseResult], { description: 'Per case, in session order.' })
  cases!: CalibrationCaseResult[];

  @Field(() => Int, { description: 'Cases every participant labelled: the ones Fleiss’ κ is computed on.' })
  fullyLabelledCases!: number;

  @Field(() => Float, { nullable: true, description: 'Fleiss’ κ over all participants on the fully labelled cases; null when undefined.' })
  fleissKappa!: number | null;

  @Field(() => [CalibrationPairResult], { description: 'Every pair of participants.' })
  pairs!: CalibrationPairResult[];

  @Field(() => [CalibrationParticipantResult], { description: 'Per participant, in session order.' })
  participants!: CalibrationParticipantResult[];
}
