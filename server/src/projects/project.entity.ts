import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ProjectFacts } from '../kernel/access.ts';
import { ApiToken } from '../people/api-token.entity.ts';
import { Team } from '../people/team.entity.ts';
import { User } from '../people/user.entity.ts';
import { Domain } from '../policies/severity.ts';
import { Queue } from '../queues/queue.entity.ts';
import type { ProjectDesign, ProjectResults } from './project.results.ts';

export enum ProjectStatus {
  REQUESTED = 'REQUESTED',
  LABELLING = 'LABELLING',
  CLOSED = 'CLOSED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Where an evaluation project stands.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; its population is being uploaded and no sample is drawn yet.' },
    LABELLING: { description: 'The sample is drawn and its cases are being labelled in the project queue; estimates are live.' },
    CLOSED: { description: 'Labelling stopped; the estimates are frozen as they stood at close.' },
    PUBLISHED: { description: 'The frozen results are published to the requester.' },
  },
});

export enum ProjectComparison {
  NONE = 'NONE',
  ARMS = 'ARMS',
  PAIRED = 'PAIRED',
}
registerEnumType(ProjectComparison, {
  name: 'ProjectComparison',
  description: 'Whether a project compares two arms (e.g. ranker A and ranker B), and how.',
  valuesConfig: {
    NONE: { description: 'One population, one prevalence.' },
    ARMS: { description: 'Two independent arms: each item belongs to arm A or B; the sample is drawn in each arm on its own.' },
    PAIRED: { description: 'Paired arms: each pair (the same query under both rankers) has an item in A and one in B; pairs are sampled and both items labelled.' },
  },
});

/**
 * A stakeholder's measurement question: a population, a labelling guideline, the policies in
 * scope and the precision asked for. The manager of the evaluating team draws a probability
 * sample, which is labelled in the project's own queue; estimates are computed from the labels
 * (projects/project.results.ts) and frozen at close. The population and sample live in
 * `project_item` and `project_sample`, read by projects/project.sql.ts.
 */
@ObjectType({ description: 'A measurement asked of the team: a probability sample from an uploaded population, labelled under quality control, estimated with honest intervals.' })
@Entity({ tableName: 'evaluation_project' })
// The two sides of the list: a team's projects, a requester's.
@Index({ properties: ['team'] })
@Index({ properties: ['requestedBy'] })
export class EvaluationProject {
  [OptionalProps]?: 'id' | 'guideline' | 'comparison' | 'armLabels' | 'enforces' | 'status' | 'populationItems' | 'populationWeight' | 'summary' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'A short name, e.g. "Spanish top-10 violating results, ranker v2 vs v1".' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: 'The question the measurement answers.' })
  @Property({ type: 'text' })
  question!: string;

  @Field({ description: 'The labelling guideline as Markdown; `guidelineHtml` is it rendered and sanitised.' })
  @Property({ type: 'text', default: '' })
  guideline: string = '';

  @Field({ description: 'The stakeholder team that asked, e.g. "Search Ranking".' })
  @Property({ type: 'text' })
  requestingTeam!: string;

  /** The person who asked (a stakeholder), if a person did. */
  @ManyToOne(() => User, { nullable: true })
  requestedBy?: User | null;

  /** The integrator token that asked, if a service did. */
  @ManyToOne(() => ApiToken, { nullable: true })
  requestedByToken?: ApiToken | null;

  /** The evaluating team: its managers own the project and its queue. */
  @ManyToOne(() => Team)
  team!: Team;

  /** The manager who drew the sample and answers for the project. */
  @ManyToOne(() => User, { nullable: true })
  owner?: User | null;

  @Field(() => Domain, { description: 'Search or account: what the population’s items are.' })
  @Enum({ items: () => Domain })
  domain!: Domain;

  @Field(() => [String], { description: 'Codes of the policies in scope: an item is violating when labelled so under one of them.' })
  @Property({ type: 'text[]' })
  policyCodes!: string[];

  @Field({ description: 'When the requester needs the answer.' })
  @Property({ type: 'datetime' })
  deadline!: Date;

  @Field(() => Float, { description: 'Target precision: the half-width of the 95 % interval asked for, as a share (0.01 = ±1 percentage point).' })
  @Property({ type: 'double' })
  targetHalfWidth!: number;

  @Field(() => Float, { description: 'The prevalence expected beforehand, as a share: the sample size is proposed from it.' })
  @Property({ type: 'double' })
  priorRate!: number;

  @Field(() => ProjectComparison)
  @Enum({ items: () => ProjectComparison, default: ProjectComparison.NONE })
  comparison: ProjectComparison = ProjectComparison.NONE;

  @Field(() => [String], { description: 'The arms’ names for the requester (A first), e.g. ["ranker v1", "ranker v2"]; empty without a comparison. Evaluators never see them.' })
  @Property({ type: 'text[]', default: '{}' })
  armLabels: string[] = [];

  @Field({ description: 'Whether the project’s outcomes go on the decision feed and enforce. False unless the owner said so: a measurement acts on nothing.' })
  @Property({ type: 'boolean', default: false })
  enforces: boolean = false;

  @Field(() => ProjectStatus)
  @Enum({ items: () => ProjectStatus, default: ProjectStatus.REQUESTED })
  status: ProjectStatus = ProjectStatus.REQUESTED;

  /** Items uploaded, kept with each upload. */
  @Property({ type: 'integer', default: 0 })
  populationItems: number = 0;

  /** Their total weight, kept with each upload. */
  @Property({ type: 'double', default: 0 })
  populationWeight: number = 0;

  /** The drawn design, its seed and its strata totals; null until drawn. */
  @Property({ type: 'json', nullable: true })
  design?: ProjectDesign | null;

  /** The queue that labels the sample. */
  @OneToOne(() => Queue, { owner: true, nullable: true, unique: true })
  queue?: Queue | null;

  @Field(() => Date, { nullable: true, description: 'When the sample was drawn.' })
  @Property({ type: 'datetime', nullable: true })
  drawnAt?: Date | null;

  /** The estimates frozen at close. */
  @Property({ type: 'json', nullable: true })
  results?: ProjectResults | null;

  @Field(() => Date, { nullable: true, description: 'When labelling stopped and the estimates froze.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Field({ description: 'The owner’s summary, published with the results.' })
  @Property({ type: 'text', default: '' })
  summary: string = '';

  @Field(() => Date, { nullable: true, description: 'When the results were published to the requester.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Field({ description: 'When it was asked for.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** What access.ts needs to know of a project. */
export function projectFacts(project: EvaluationProject): ProjectFacts & { published: boolean } {
  return { teamId: project.team.id, requestedById: project.requestedBy?.id ?? null, requestedByTokenId: project.requestedByToken?.id ?? null, published: project.status === ProjectStatus.PUBLISHED };
}
