import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EstimateType } from '../quality/estimate.type.ts';
import { ProjectEstimateMethod } from './estimators.ts';
import { ProjectArm } from './project.inputs.ts';
import { Allocation, SampleDesignKind } from './sampling.ts';

registerEnumType(ProjectEstimateMethod, {
  name: 'ProjectEstimateMethod',
  description: 'How a project estimate’s 95 % interval was computed (the method notes say it in words).',
  valuesConfig: {
    WILSON: { description: 'Wilson score interval on the count: a simple random sample of equal weights.' },
    WILSON_EFFECTIVE_SAMPLE: { description: 'Wilson score interval at the effective sample size of a weighted or stratified design (Korn–Graubard style).' },
    NEWCOMBE: { description: 'Newcombe’s hybrid score interval for the difference of two independent proportions.' },
    PAIRED_NORMAL: { description: 'Normal interval of the mean paired difference, from its linearised variance.' },
  },
});

@ObjectType({ description: 'A prevalence estimate under the project’s design: the value with its 95 % interval, or too few to tell.' })
export class ProjectEstimateType {
  @Field(() => Float, { nullable: true, description: 'The share of weight that is violating; null when too few to tell.' })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  low!: number | null;

  @Field(() => Float, { nullable: true })
  high!: number | null;

  @Field(() => Float, { nullable: true, description: 'The estimate’s standard error.' })
  standardError!: number | null;

  @Field(() => Int, { description: 'Labelled items (or pairs) behind it.' })
  n!: number;

  @Field(() => Int, { description: 'Of them, labelled violating (unweighted).' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'The labelled count the design’s variance is worth.' })
  effectiveSampleSize!: number | null;

  @Field(() => ProjectEstimateMethod)
  method!: ProjectEstimateMethod;

  @Field(() => Int)
  minimumSample!: number;

  @Field({ description: 'Below the minimum sample (or a stratum without two labels): say "too few to tell".' })
  tooFewToTell!: boolean;
}

@ObjectType({ description: 'One prevalence row: overall, a design stratum, an attribute value or a policy, in one arm or all.' })
export class ProjectPrevalence {
  @Field(() => ProjectArm, { nullable: true, description: 'The arm, in a comparison.' })
  arm!: ProjectArm | null;

  @Field({ description: '`all`, a stratum (`locale=es-ES · surface=top10`), an attribute value (`surface=top10`) or a policy code.' })
  key!: string;

  @Field(() => Int, { nullable: true, description: 'Population units (overall and strata).' })
  units!: number | null;

  @Field(() => Float, { nullable: true, description: 'Population weight (overall and strata).' })
  weight!: number | null;

  @Field(() => Int, { description: 'Sampled items.' })
  sampled!: number;

  @Field(() => Int, { description: 'Of them, labelled.' })
  labelled!: number;

  @Field(() => ProjectEstimateType)
  estimate!: ProjectEstimateType;
}

@ObjectType({ description: 'Pairs where only one arm was violating.' })
export class DiscordantPairs {
  @Field(() => Int, { description: 'Violating under A only.' })
  onlyA!: number;

  @Field(() => Int, { description: 'Violating under B only.' })
  onlyB!: number;
}

@ObjectType({ description: 'Arm B against arm A: the difference in prevalence with its 95 % interval.' })
export class ProjectDifference {
  @Field(() => Float, { nullable: true, description: 'B − A, as a share; null when too few to tell.' })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  low!: number | null;

  @Field(() => Float, { nullable: true })
  high!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The interval excludes 0; null when too few to tell.' })
  significant!: boolean | null;

  @Field(() => ProjectEstimateMethod)
  method!: ProjectEstimateMethod;

  @Field(() => Int, { description: 'Labelled items (independent arms) or complete labelled pairs (paired).' })
  n!: number;

  @Field()
  tooFewToTell!: boolean;

  @Field(() => DiscordantPairs, { nullable: true, description: 'Paired designs only.' })
  discordant?: DiscordantPairs | null;
}

@ObjectType({ description: 'How trustworthy the labels are, beside the estimate.' })
export class ProjectLabelQuality {
  @Field(() => Int, { description: 'Golden items answered in the project queue.' })
  goldenAnswered!: number;

  @Field(() => EstimateType, { description: 'Share of golden items answered as known.' })
  goldenAccuracy!: EstimateType;

  @Field(() => Int, { description: 'Items labelled twice, blind.' })
  doubleReviewedCases!: number;

  @Field(() => EstimateType, { description: 'Agreement of the double-reviewed items’ verdicts beyond chance (κ).' })
  doubleReviewKappa!: EstimateType;
}

@ObjectType({ description: 'A project’s estimates: live while labelling, frozen at close.' })
export class ProjectResultsType {
  @Field({ description: 'When they were computed.' })
  asOf!: Date;

  @Field({ description: 'Frozen at close: they will not change.' })
  frozen!: boolean;

  @Field(() => Int)
  sampled!: number;

  @Field(() => Int)
  labelled!: number;

  @Field(() => Int, { description: 'Labels that said NEEDS_CONTEXT, left out.' })
  unusable!: number;

  @Field(() => [ProjectPrevalence], { description: 'Overall, one row per arm (or one).' })
  overall!: ProjectPrevalence[];

  @Field(() => [ProjectPrevalence], { description: 'Per design stratum (stratified designs).' })
  byStratum!: ProjectPrevalence[];

  @Field(() => [ProjectPrevalence], { description: 'Per attribute value (domain estimates, whatever the design).' })
  byAttribute!: ProjectPrevalence[];

  @Field(() => [ProjectPrevalence], { description: 'Per policy in scope.' })
  byPolicy!: ProjectPrevalence[];

  @Field(() => ProjectDifference, { nullable: true, description: 'With a comparison: B against A.' })
  comparison!: ProjectDifference | null;

  @Field(() => Float)
  targetHalfWidth!: number;

  @Field(() => Boolean, { nullable: true, description: 'Every overall interval is within the target precision; null while too few to tell.' })
  targetMet!: boolean | null;

  @Field(() => [String], { description: 'What to be careful of: precision missing the target, items not labelled yet.' })
  warnings!: string[];

  @Field(() => [String], { description: 'The method, written from the design.' })
  methodNotes!: string[];
}

@ObjectType({ description: 'A stratum of the drawn design.' })
export class ProjectDesignStratum {
  @Field()
  key!: string;

  @Field(() => ProjectArm, { nullable: true })
  arm!: ProjectArm | null;

  @Field(() => Int)
  units!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Int)
  sampled!: number;
}

@ObjectType({ description: 'The drawn sample design: enough to draw the same sample again.' })
export class ProjectDesignType {
  @Field(() => SampleDesignKind)
  kind!: SampleDesignKind;

  @Field(() => Allocation, { nullable: true })
  allocation!: Allocation | null;

  @Field(() => [String])
  strataBy!: string[];

  @Field(() => Int, { description: 'Units drawn (per arm in a comparison).' })
  size!: number;

  @Field(() => Int)
  seed!: number;

  @Field(() => [ProjectDesignStratum])
  strata!: ProjectDesignStratum[];
}

@ObjectType({ description: 'The population as uploaded.' })
export class ProjectPopulation {
  @Field(() => Int)
  items!: number;

  @Field(() => Float)
  totalWeight!: number;

  @Field(() => [String], { description: 'Attribute names the items carry, to stratify by.' })
  attributes!: string[];
}

@ObjectType({ description: 'The sample size the target precision needs at the prior rate.' })
export class SampleSizeProposalType {
  @Field(() => Int, { description: 'Units to draw (per arm in a comparison).' })
  size!: number;

  @Field(() => Int, { description: 'Units in the population (per arm; pairs in a paired comparison).' })
  units!: number;

  @Field(() => Float, { description: 'Kish’s design effect of unequal weights under equal-chance sampling (1 for PPS).' })
  designEffect!: number;
}

@ObjectType({ description: 'What an evaluator labelling a project case reads: the guideline and the policies in scope; never the requester, the arms or the question’s framing.' })
export class ProjectGuideline {
  @Field({ description: 'The labelling guideline, rendered and sanitised.' })
  guidelineHtml!: string;

  @Field(() => [String], { description: 'The policies in scope: label violating only under one of these.' })
  policyCodes!: string[];
}
