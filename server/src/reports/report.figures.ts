import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Estimate } from '../quality/estimate.ts';
import { EstimateType } from '../quality/estimate.type.ts';

/**
 * The figures of a report, as stored (jsonb) and as served: every count beside the previous
 * period's with the change, every rate an Estimate (count, n, 95 % interval, too few to tell).
 */

/** How the emerging search terms are ranked; stated in the report and the schema. */
export const emergingTermsMethod =
  'Violating SEARCH_QUERY cases per query term (the normalised query text and locale), this period against the previous one. ' +
  'Only terms with at least 5 violating cases this period are ranked (minimum support). ' +
  'Score = ln(((c + 1) / (C + 1)) / ((p + 1) / (P + 1))): the log-ratio of the term’s share of all violating query cases, ' +
  'with +1 smoothing, where c and p are the term’s violating cases this and the previous period and C and P the totals. ' +
  'Highest score first; ties by more cases this period, then by term.';
export const emergingTermsMinimumSupport = 5;
export const emergingTermsLimit = 10;

@ObjectType({ description: 'A count this period beside the previous period’s, with its share of the period’s total.' })
export class CountRow {
  @Field({ description: 'What is counted: a queue id, a domain, a source, a verdict, an action, a policy code …' })
  key!: string;

  @Field({ description: 'A label to show.' })
  label!: string;

  @Field(() => Int, { description: 'This period.' })
  current!: number;

  @Field(() => Int, { description: 'The previous period.' })
  previous!: number;

  @Field(() => Int, { description: 'current − previous.' })
  change!: number;

  @Field(() => EstimateType, { description: 'Share of this period’s total (Wilson interval).' })
  currentShare!: Estimate;

  @Field(() => EstimateType, { description: 'Share of the previous period’s total.' })
  previousShare!: Estimate;
}

@ObjectType({ description: 'A rate this period beside the previous period’s, with the change of the point estimates.' })
export class RateRow {
  @Field({ description: 'What is measured, e.g. a severity or `accuracy`.' })
  key!: string;

  @Field({ description: 'A label to show.' })
  label!: string;

  @Field(() => EstimateType, { description: 'This period.' })
  current!: Estimate;

  @Field(() => EstimateType, { description: 'The previous period.' })
  previous!: Estimate;

  @Field(() => Float, { nullable: true, description: 'current − previous point estimates; null when either is too few to tell.' })
  change!: number | null;
}

@ObjectType({ description: 'A violating search term growing against the previous period.' })
export class EmergingTerm {
  @Field({ description: 'The normalised query text.' })
  term!: string;

  @Field({ description: 'Its locale.' })
  locale!: string;

  @Field(() => Int, { description: 'Violating cases this period.' })
  current!: number;

  @Field(() => Int, { description: 'Violating cases the previous period.' })
  previous!: number;

  @Field(() => EstimateType, { description: 'Share of all violating query cases this period.' })
  currentShare!: Estimate;

  @Field(() => EstimateType, { description: 'Share of all violating query cases the previous period.' })
  previousShare!: Estimate;

  @Field(() => Float, { description: 'The ranking score (see `emergingTermsMethod`).' })
  score!: number;
}

@ObjectType({ description: 'Totals of the period and the previous one.' })
export class ReportTotals {
  @Field(() => Int, { description: 'Cases that arrived this period.' })
  casesArrived!: number;

  @Field(() => Int)
  previousCasesArrived!: number;

  @Field(() => Int, { description: 'Cases resolved this period (reviewed cases).' })
  casesReviewed!: number;

  @Field(() => Int)
  previousCasesReviewed!: number;

  @Field(() => Int, { description: 'Escalations raised this period.' })
  escalationsRaised!: number;

  @Field(() => Int)
  previousEscalationsRaised!: number;
}

@ObjectType({ description: 'A report’s figures, each beside the previous period’s.' })
export class ReportFigures {
  @Field({ description: 'Start of the previous period (inclusive).' })
  previousPeriodStart!: string;

  @Field(() => ReportTotals)
  totals!: ReportTotals;

  @Field(() => [CountRow], { description: 'Cases arrived by queue.' })
  volumeByQueue!: CountRow[];

  @Field(() => [CountRow], { description: 'Cases arrived by domain.' })
  volumeByDomain!: CountRow[];

  @Field(() => [CountRow], { description: 'Cases arrived by subject kind.' })
  volumeBySubjectKind!: CountRow[];

  @Field(() => [CountRow], { description: 'Cases arrived by source: the first report’s source (`user-report`, `model-flag`, `trusted-flagger`, …).' })
  volumeBySource!: CountRow[];

  @Field(() => RateRow, { description: 'Proactive share: cases whose first source is `model-flag` or `trusted-flagger`, of all cases arrived.' })
  proactiveShare!: RateRow;

  @Field(() => [CountRow], { description: 'Cases resolved this period by verdict: the finding of the last deciding decision (not a QA sample review) made up to the resolution.' })
  verdicts!: CountRow[];

  @Field(() => [CountRow], { description: 'Cases resolved this period by the action taken.' })
  actions!: CountRow[];

  @Field(() => [CountRow], { description: 'The 10 policies most often violated (a violating case counts under each policy it was decided under); share of violating cases.' })
  topPolicies!: CountRow[];

  @Field(() => RateRow, { description: 'Violation rate: violating of reviewed cases.' })
  violationRate!: RateRow;

  @Field(() => [EmergingTerm], { description: 'The violating search terms growing fastest, at most 10.' })
  emergingTerms!: EmergingTerm[];

  @Field({ description: 'How emerging terms are selected and ranked.' })
  emergingTermsMethod!: string;

  @Field(() => [RateRow], { description: 'Quality over the pairs rated this period, each counted when the pair was complete: accuracy (QA sample reviews against every primary and second-review decision before them, and golden answers, agreeing on verdict, action and policies), overturn rate (of the QA pairs), Cohen’s κ of those verdict pairs and Fleiss’ κ over second reviews against their primary decision (bootstrap over the rated items; see each row’s method).' })
  quality!: RateRow[];

  @Field(() => [RateRow], { description: 'SLA adherence by severity: primary decisions made before the case’s SLA ran out.' })
  slaAdherence!: RateRow[];

  @Field(() => [CountRow], { description: 'Escalations raised by reason.' })
  escalationsByReason!: CountRow[];

  @Field(() => [CountRow], { description: 'Escalations raised by tier.' })
  escalationsByTier!: CountRow[];

  @Field(() => [CountRow], { description: 'Outcomes of escalations raised: `NEEDED` (the specialist confirmed), `NOT_NEEDED`, `UNRESOLVED`.' })
  escalationOutcomes!: CountRow[];

  @Field(() => RateRow, { description: 'Median time to resolve an escalation raised in the period, in milliseconds (order-statistic interval).' })
  escalationMedianResolveMs!: RateRow;

  // Reports made before appeals existed hold none of the three below: null there.
  @Field(() => [CountRow], { nullable: true, description: 'Appeals filed this period by where they stand: `OPEN`, `UPHELD`, `REVERSED` (null in reports made before appeals were counted).' })
  appealOutcomes?: CountRow[];

  @Field(() => RateRow, { nullable: true, description: 'Appeals filed per enforcing outcome of the period (first outcomes, overrides, adjudications and escalation resolutions that enforce something).' })
  appealRate?: RateRow;

  @Field(() => RateRow, { nullable: true, description: 'Reversal rate: reversed of the appeals filed this period that are decided.' })
  appealReversalRate?: RateRow;

  @Field(() => RateRow, { nullable: true, description: 'Strike ladder deviations: account violations decided this period with another action than the ladder proposed (each with the evaluator’s reason), of those the ladder proposed an action for (null in reports made before ladders).' })
  ladderDeviationRate?: RateRow;
}
