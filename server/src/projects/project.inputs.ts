import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf, PageArgs } from '../kernel/connection.ts';
import { Domain } from '../policies/severity.ts';
import { SubjectInput } from '../subjects/subject.inputs.ts';
import { EvaluationProject, ProjectComparison, ProjectStatus } from './project.entity.ts';
import { Allocation, SampleDesignKind } from './sampling.ts';

/** Items per `addPopulationItems` call; bigger populations come in several calls or as CSV. */
export const maxPopulationBatch = 5000;

export enum ProjectArm {
  A = 'A',
  B = 'B',
}
registerEnumType(ProjectArm, { name: 'ProjectArm', description: 'One of a comparison’s two arms.' });

registerEnumType(SampleDesignKind, {
  name: 'SampleDesignKind',
  description: 'How the sample is drawn from the population.',
  valuesConfig: {
    SIMPLE_RANDOM: { description: 'Every unit equally likely, without replacement.' },
    STRATIFIED: { description: 'A simple random sample within each stratum (by the `strataBy` attributes), the size allocated across strata.' },
    PPS: { description: 'Probability proportional to weight (impressions, views): the units people see most are the likeliest drawn.' },
  },
});

registerEnumType(Allocation, {
  name: 'Allocation',
  description: 'How a stratified sample’s size is shared among strata.',
  valuesConfig: {
    PROPORTIONAL: { description: 'In proportion to each stratum’s number of units.' },
    NEYMAN: { description: 'In proportion to each stratum’s weight times its expected spread: the least variance for the size.' },
  },
});

@InputType({ description: 'A measurement asked of the evaluating team.' })
export class RequestEvaluationProjectInput {
  @Field({ description: 'A short name.' })
  @Length(1, 200)
  title!: string;

  @Field({ description: 'The question the measurement answers.' })
  @Length(1, 2000)
  question!: string;

  @Field({ description: 'The labelling guideline, as Markdown (rendered sanitised).' })
  @MaxLength(50_000)
  guideline!: string;

  @Field({ description: 'Your team, e.g. "Search Ranking".' })
  @Length(1, 120)
  requestingTeam!: string;

  @Field(() => ID, { description: 'The evaluating team asked (see `evaluationTeams`).' })
  teamId!: string;

  @Field(() => Domain, { description: 'Search or account: what the population’s items are.' })
  domain!: Domain;

  @Field(() => [String], { description: 'Codes of the current policies in scope (1 to 20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  policyCodes!: string[];

  @Field({ description: 'When you need the answer.' })
  deadline!: Date;

  @Field(() => Float, { description: 'The 95 % interval’s half-width you need, as a share: 0.01 for ±1 percentage point (0.001 to 0.2).' })
  @Min(0.001)
  @Max(0.2)
  targetHalfWidth!: number;

  @Field(() => Float, { description: 'The prevalence you expect, as a share (0.001 to 0.999); the sample size is proposed from it.' })
  @Min(0.001)
  @Max(0.999)
  priorRate!: number;

  @Field(() => ProjectComparison, { defaultValue: ProjectComparison.NONE })
  comparison!: ProjectComparison;

  @Field(() => [String], { defaultValue: [], description: 'With a comparison: the two arms’ names, A first (e.g. ["ranker v1", "ranker v2"]).' })
  @ArrayMaxSize(2)
  @Length(1, 80, { each: true })
  armLabels!: string[];
}

@ObjectType({ description: 'The project asked for.' })
export class RequestEvaluationProjectPayload {
  @Field(() => EvaluationProject)
  project!: EvaluationProject;
}

@InputType({ description: 'One item of a population: a search query with its results, a suggestion, an account.' })
export class PopulationItemInput {
  @Field({ description: 'Your id for the item, unique in the project: an item sent again is left as it was, so an upload can be retried.' })
  @Length(1, 200)
  externalId!: string;

  @Field(() => SubjectInput, { description: 'What evaluators will label. Never shown with its arm.' })
  @ValidateNested()
  subject!: SubjectInput;

  @Field(() => Float, { description: 'The item’s weight (impressions, views), at least 0: prevalence is the share of weight that is violating.' })
  @Min(0)
  @Max(1e12)
  weight!: number;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Strata attributes, names to text (e.g. `{ "surface": "top10", "account_age_band": "0-7d" }`): lowercase names, up to 16. `locale` is added from the subject.' })
  @IsOptional()
  attributes?: Record<string, unknown> | null;

  @Field(() => ProjectArm, { nullable: true, description: 'With a comparison: the arm the item belongs to.' })
  @IsOptional()
  arm?: ProjectArm | null;

  @Field(() => String, { nullable: true, description: 'Paired comparison: the pair it belongs to (the same query under both rankers), one item per arm.' })
  @IsOptional()
  @Length(1, 200)
  pairKey?: string | null;
}

@InputType({ description: 'A batch of a project’s population. All or nothing: one invalid item refuses the batch, naming it, because a population with items silently missing would bias the estimate.' })
export class AddPopulationItemsInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => [PopulationItemInput], { description: `1 to ${maxPopulationBatch} items.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(maxPopulationBatch)
  @ValidateNested()
  items!: PopulationItemInput[];
}

@ObjectType({ description: 'What an upload added.' })
export class AddPopulationItemsPayload {
  @Field(() => EvaluationProject)
  project!: EvaluationProject;

  @Field(() => Int, { description: 'New items.' })
  added!: number;

  @Field(() => Int, { description: 'Items already uploaded (same external id), left as they were.' })
  alreadyPresent!: number;
}

@InputType({ description: 'How to draw the sample.' })
export class SampleDesignInput {
  @Field(() => SampleDesignKind)
  kind!: SampleDesignKind;

  @Field(() => Allocation, { nullable: true, description: 'STRATIFIED only; PROPORTIONAL when left out.' })
  @IsOptional()
  allocation?: Allocation | null;

  @Field(() => [String], { defaultValue: [], description: 'STRATIFIED: the attributes whose values make the strata (e.g. ["locale", "surface"]).' })
  @ArrayMaxSize(4)
  strataBy!: string[];

  @Field(() => Int, { nullable: true, description: 'Units to draw (per arm, in a comparison); the proposal (`sampleSizeProposal`) when left out.' })
  @IsOptional()
  @Min(1)
  @Max(100_000)
  size?: number | null;

  @Field(() => Int, { nullable: true, description: 'The seed: the same seed, population and design draw the same sample. A random one is chosen and recorded when left out.' })
  @IsOptional()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number | null;
}

@InputType({ description: 'Draws a project’s sample and opens its cases in a new project queue.' })
export class DrawProjectSampleInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => SampleDesignInput)
  @ValidateNested()
  design!: SampleDesignInput;

  @Field(() => Float, { defaultValue: 0.1, description: 'Share of the sample labelled twice, blind, with adjudication on disagreement (0 to 1).' })
  @Min(0)
  @Max(1)
  doubleReviewRate!: number;

  @Field(() => Float, { defaultValue: 0, description: 'Share of claims that are hidden golden cases of the project queue (0 to 1).' })
  @Min(0)
  @Max(1)
  goldenRate!: number;

  @Field(() => String, { nullable: true, description: 'The certification evaluators need to label it, if any.' })
  @IsOptional()
  @MaxLength(64)
  requiredCertification?: string | null;

  @Field({ defaultValue: false, description: 'Let the labels enforce (go on the decision feed and the enforcement lists). Off for a measurement.' })
  enforces!: boolean;
}

@ObjectType({ description: 'The project with its sample drawn.' })
export class ProjectChangedPayload {
  @Field(() => EvaluationProject)
  project!: EvaluationProject;
}

@InputType({ description: 'Publishes a closed project’s frozen results to its requester.' })
export class PublishProjectResultsInput {
  @Field(() => ID)
  projectId!: string;

  @Field({ defaultValue: '', description: 'The owner’s summary for the requester.' })
  @MaxLength(10_000)
  summary!: string;
}

@InputType({ description: 'Which projects to list.' })
export class EvaluationProjectFilter {
  @Field(() => [ProjectStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  statuses?: ProjectStatus[] | null;
}

export const EvaluationProjectConnection = connectionOf(EvaluationProject, 'EvaluationProject');

@ArgsType()
export class EvaluationProjectsArgs extends PageArgs {
  @Field(() => EvaluationProjectFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EvaluationProjectFilter | null;
}

