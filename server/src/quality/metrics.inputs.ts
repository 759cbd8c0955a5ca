import { IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { QualityGrouping, type QualityMeasures } from './metrics.service.ts';

registerEnumType(QualityGrouping, {
  name: 'QualityGrouping',
  description: 'How quality measures are grouped.',
  valuesConfig: {
    ALL: { description: 'One row for everything in scope.' },
    EVALUATOR: { description: 'Per evaluator.' },
    TEAM: { description: 'Per evaluator’s team.' },
    QUEUE: { description: 'Per queue.' },
    POLICY: { description: 'Per policy area.' },
    DAY: { description: 'Per UTC day.' },
    WEEK: { description: 'Per ISO week (from Monday, UTC).' },
    MONTH: { description: 'Per UTC month.' },
  },
});

@InputType({ description: 'Which decisions to measure: those made in [from, to), narrowed by any of the rest.' })
export class QualityScopeInput {
  @Field({ description: 'Start of the period (inclusive).' })
  from!: Date;

  @Field({ description: 'End of the period (exclusive); at most 400 days after `from`.' })
  to!: Date;

  @Field(() => ID, { nullable: true, description: 'Only this evaluator’s work (evaluators may only ask for their own).' })
  @IsOptional()
  evaluatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this team’s work (managers get their own team).' })
  @IsOptional()
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this queue’s cases.' })
  @IsOptional()
  queueId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only cases of this policy area.' })
  @IsOptional()
  @MaxLength(100)
  policyCode?: string | null;
}

@ObjectType('QualityMeasures', { description: 'One group’s quality measures. Rates are null where nothing was measured.' })
export class QualityMeasuresType implements QualityMeasures {
  @Field({ description: 'The group: an id, a policy code, or a period start (`2026-11-23`, `2026-11`).' })
  key!: string;

  @Field({ description: 'A name for the group.' })
  label!: string;

  @Field(() => Int, { description: 'Primary and second-review decisions, golden answers included.' })
  decisions!: number;

  @Field(() => Float, { nullable: true, description: 'Median time spent per decision, in milliseconds.' })
  medianHandleTimeMs!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of primary decisions made within the case’s SLA.' })
  slaAdherence!: number | null;

  @Field(() => Int, { description: 'Decisions on cases QA reviewed or adjudicated.' })
  qaChecked!: number;

  @Field(() => Int, { description: 'Of those, how many matched QA (verdict, action and policies).' })
  qaAgreed!: number;

  @Field(() => Float, { nullable: true, description: 'qaAgreed / qaChecked.' })
  accuracyVsQa!: number | null;

  @Field(() => Int, { description: 'Decisions on cases QA sampled for review.' })
  qaSampled!: number;

  @Field(() => Int, { description: 'Of those, how many QA overturned.' })
  overturned!: number;

  @Field(() => Float, { nullable: true, description: 'overturned / qaSampled.' })
  overturnRate!: number | null;

  @Field(() => Int, { description: 'Answers given on golden cases.' })
  goldenAnswered!: number;

  @Field(() => Int, { description: 'Of those, how many matched the known answer.' })
  goldenCorrect!: number;

  @Field(() => Float, { nullable: true, description: 'goldenCorrect / goldenAnswered.' })
  goldenAccuracy!: number | null;

  @Field(() => Float, { nullable: true, description: 'Against QA and golden answers together.' })
  accuracy!: number | null;

  @Field(() => Float, { nullable: true, description: 'Cohen’s κ of the verdicts against the QA or golden answers.' })
  kappaVsReference!: number | null;

  @Field(() => Int, { description: 'Cases with a blind second review.' })
  doubleReviewedCases!: number;

  @Field(() => Float, { nullable: true, description: 'Fleiss’ κ of the two verdicts over those cases.' })
  fleissKappa!: number | null;

  @Field(() => Int, { description: 'Escalations raised.' })
  escalationsRaised!: number;

  @Field(() => Int, { description: 'Of those, how many specialists resolved.' })
  escalationsResolved!: number;

  @Field(() => Int, { description: 'Of those, how many the specialist confirmed were needed.' })
  escalationsConfirmed!: number;

  @Field(() => Float, { nullable: true, description: 'escalationsConfirmed / escalationsResolved.' })
  escalationPrecision!: number | null;

  @Field(() => Float, { nullable: true, description: 'Escalations per case handled (decided or escalated).' })
  escalationRate!: number | null;
}
