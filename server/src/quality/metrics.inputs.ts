import { IsOptional, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { measureDefinitions, QualityGrouping, type QualityMeasures } from './metrics.service.ts';

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

  @Field(() => Int, { description: measureDefinitions.decisions })
  decisions!: number;

  @Field(() => Int, { description: measureDefinitions.primaryDecisions })
  primaryDecisions!: number;

  @Field(() => Int, { description: measureDefinitions.secondReviews })
  secondReviews!: number;

  @Field(() => Int, { description: measureDefinitions.adjudications })
  adjudications!: number;

  @Field(() => Int, { description: measureDefinitions.casesHandled })
  casesHandled!: number;

  @Field(() => Float, { nullable: true, description: measureDefinitions.medianHandleTimeMs })
  medianHandleTimeMs!: number | null;

  @Field(() => Int, { description: measureDefinitions.slaDue })
  slaDue!: number;

  @Field(() => Int, { description: measureDefinitions.slaDecidedInTime })
  slaDecidedInTime!: number;

  @Field(() => Int, { description: measureDefinitions.slaDecidedLate })
  slaDecidedLate!: number;

  @Field(() => Int, { description: measureDefinitions.slaOpenPastDue })
  slaOpenPastDue!: number;

  @Field(() => Int, { description: measureDefinitions.slaEscalatedPastDue })
  slaEscalatedPastDue!: number;

  @Field(() => Float, { nullable: true, description: measureDefinitions.slaAdherence })
  slaAdherence!: number | null;

  @Field(() => Int, { description: measureDefinitions.qaChecked })
  qaChecked!: number;

  @Field(() => Int, { description: measureDefinitions.qaAgreed })
  qaAgreed!: number;

  @Field(() => Float, { nullable: true, description: measureDefinitions.accuracyVsQa })
  accuracyVsQa!: number | null;

  @Field(() => Int, { description: measureDefinitions.qaSampled })
  qaSampled!: number;

  @Field(() => Int, { description: measureDefinitions.overturned })
  overturned!: number;

  @Field(() => Float, { nullable: true, description: measureDefinitions.overturnRate })
  overturnRate!: number | null;

  @Field(() => Int, { description: measureDefinitions.adjudicated })
  adjudicated!: number;

  @Field(() => Int, { description: measureDefinitions.adjudicationUpheld })
  adjudicationUpheld!: number;

  @Field(() => Float, { nullable: true, description: measureDefinitions.adjudicationUpheldRate })
  adjudicationUpheldRate!: number | null;

  @Field(() => Int, { description: measureDefinitions.goldenAnswered })
  goldenAnswered!: number;

  @Field(() => Int, { description: measureDefinitions.goldenCorrect })
  goldenCorrect!: number;

  @Field(() => Float, { nullable: true, description: measureDefinitions.goldenAccuracy })
  goldenAccuracy!: number | null;

  @Field(() => Float, { nullable: true, description: measureDefinitions.accuracy })
  accuracy!: number | null;

  @Field(() => Float, { nullable: true, description: measureDefinitions.kappaVsReference })
  kappaVsReference!: number | null;

  @Field(() => Int, { description: measureDefinitions.doubleReviewedCases })
  doubleReviewedCases!: number;

  @Field(() => Float, { nullable: true, description: measureDefinitions.fleissKappa })
  fleissKappa!: number | null;

  @Field(() => Int, { description: measureDefinitions.escalationsRaised })
  escalationsRaised!: number;

  @Field(() => Int, { description: measureDefinitions.escalationsCompulsory })
  escalationsCompulsory!: number;

  @Field(() => Int, { description: measureDefinitions.escalationsDiscretionary })
  escalationsDiscretionary!: number;

  @Field(() => Int, { description: measureDefinitions.escalationsResolved })
  escalationsResolved!: number;

  @Field(() => Int, { description: measureDefinitions.escalationsConfirmed })
  escalationsConfirmed!: number;

  @Field(() => Float, { nullable: true, description: measureDefinitions.escalationPrecision })
  escalationPrecision!: number | null;

  @Field(() => Float, { nullable: true, description: measureDefinitions.escalationRate })
  escalationRate!: number | null;
}
