import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Estimate } from './estimate.ts';
import { EstimateType } from './estimate.type.ts';
import { type AgreementPartner, measureDefinitions, QualityGrouping, type QualityMeasures } from './metrics.service.ts';

registerEnumType(QualityGrouping, {
  name: 'QualityGrouping',
  description: 'How quality measures are grouped.',
  valuesConfig: {
    ALL: { description: 'One row for everything in scope.' },
    EVALUATOR: { description: 'Per evaluator.' },
    TEAM: { description: 'Per evaluator’s team.' },
    QUEUE: { description: 'Per queue.' },
    POLICY: { description: 'Per policy area.' },
    DAY: { description: 'Per day in the site’s time zone (the scope’s team’s site, else the evaluator’s team’s, else the asker’s team’s, else UTC; see `timeZone`).' },
    WEEK: { description: 'Per ISO week (from Monday) in the site’s time zone, as DAY.' },
    MONTH: { description: 'Per month in the site’s time zone, as DAY.' },
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

@ObjectType('QualityMeasures', { description: 'One group’s quality measures: counts, and every rate, κ and median as an Estimate (value, n, 95 % interval, or too few to tell).' })
export class QualityMeasuresType implements QualityMeasures {
  @Field({ description: 'The group: an id, a policy code, or a period start (`2026-11-23`, `2026-11`).' })
  key!: string;

  @Field({ description: 'A name for the group.' })
  label!: string;

  @Field({ description: 'The IANA time zone DAY, WEEK and MONTH periods were cut in: the site of the scope’s team, else of the scope’s evaluator’s team, else of the asker’s team, else UTC.' })
  timeZone!: string;

  @Field({ description: 'The instant the reference answers were read (the query’s `asOf`, else now): QA reviews and adjudications made later are not counted, so a figure quoted with its asOf can be reproduced.' })
  asOf!: Date;

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

  @Field(() => EstimateType, { description: measureDefinitions.medianHandleTimeMs })
  medianHandleTimeMs!: Estimate;

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

  @Field(() => EstimateType, { description: measureDefinitions.slaAdherence })
  slaAdherence!: Estimate;

  @Field(() => Int, { description: measureDefinitions.tierSlaDue })
  tierSlaDue!: number;

  @Field(() => Int, { description: measureDefinitions.tierSlaAnsweredInTime })
  tierSlaAnsweredInTime!: number;

  @Field(() => Int, { description: measureDefinitions.tierSlaAnsweredLate })
  tierSlaAnsweredLate!: number;

  @Field(() => Int, { description: measureDefinitions.tierSlaOpenPastDue })
  tierSlaOpenPastDue!: number;

  @Field(() => EstimateType, { description: measureDefinitions.tierSlaAdherence })
  tierSlaAdherence!: Estimate;

  @Field(() => Int, { description: measureDefinitions.qaChecked })
  qaChecked!: number;

  @Field(() => Int, { description: measureDefinitions.qaAgreed })
  qaAgreed!: number;

  @Field(() => EstimateType, { description: measureDefinitions.accuracyVsQa })
  accuracyVsQa!: Estimate;

  @Field(() => Int, { description: measureDefinitions.qaSampled })
  qaSampled!: number;

  @Field(() => Int, { description: measureDefinitions.overturned })
  overturned!: number;

  @Field(() => EstimateType, { description: measureDefinitions.overturnRate })
  overturnRate!: Estimate;

  @Field(() => Int, { description: measureDefinitions.adjudicated })
  adjudicated!: number;

  @Field(() => Int, { description: measureDefinitions.adjudicationUpheld })
  adjudicationUpheld!: number;

  @Field(() => EstimateType, { description: measureDefinitions.adjudicationUpheldRate })
  adjudicationUpheldRate!: Estimate;

  @Field(() => Int, { description: measureDefinitions.goldenAnswered })
  goldenAnswered!: number;

  @Field(() => Int, { description: measureDefinitions.goldenCorrect })
  goldenCorrect!: number;

  @Field(() => EstimateType, { description: measureDefinitions.goldenAccuracy })
  goldenAccuracy!: Estimate;

  @Field(() => EstimateType, { description: measureDefinitions.accuracy })
  accuracy!: Estimate;

  @Field(() => EstimateType, { description: measureDefinitions.kappaVsReference })
  kappaVsReference!: Estimate;

  @Field(() => Int, { description: measureDefinitions.doubleReviewedCases })
  doubleReviewedCases!: number;

  @Field(() => EstimateType, { description: measureDefinitions.fleissKappa })
  fleissKappa!: Estimate;

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

  @Field(() => EstimateType, { description: measureDefinitions.escalationPrecision })
  escalationPrecision!: Estimate;

  @Field(() => EstimateType, { description: measureDefinitions.escalationRate })
  escalationRate!: Estimate;

  @Field(() => [AgreementPartnerType], { description: measureDefinitions.partners })
  partners!: AgreementPartner[];
}

@ObjectType('AgreementPartner', { description: 'How one evaluator agreed with one double-review partner over the cases both decided in the period.' })
export class AgreementPartnerType implements AgreementPartner {
  @Field(() => ID, { description: 'The partner.' })
  partnerId!: string;

  @Field({ description: 'The partner’s name.' })
  partnerName!: string;

  @Field(() => Int, { description: 'Cases both decided (one the primary, the other the second review).' })
  n!: number;

  @Field(() => EstimateType, { description: 'Share of those cases with the same verdict (Wilson interval).' })
  agreement!: Estimate;

  @Field(() => EstimateType, { description: 'Cohen’s κ of the pair’s verdicts (bootstrap interval); value null with n ≥ the minimum when every verdict fell in one category (κ undefined: see agreement).' })
  kappa!: Estimate;
}
