import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertAllowed, mayManageProject, mayReadProject, mayReadProjectResults, mayRequestProject, projectListScope } from '../kernel/access.ts';
import type { Context } from '../kernel/context.ts';
import { pageComplexity } from '../kernel/limits.ts';
import { renderMarkdown } from '../kernel/markdown.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { Team } from '../people/team.entity.ts';
import { User } from '../people/user.entity.ts';
import { Queue } from '../queues/queue.entity.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import { EvaluationProject, projectFacts } from './project.entity.ts';
import {
  AddPopulationItemsInput,
  AddPopulationItemsPayload,
  DrawProjectSampleInput,
  EvaluationProjectConnection,
  EvaluationProjectsArgs,
  ProjectChangedPayload,
  PublishProjectResultsInput,
  RequestEvaluationProjectInput,
  RequestEvaluationProjectPayload,
} from './project.inputs.ts';
import type { LabelQuality, ProjectDesign, ProjectResults } from './project.results.ts';
import { ProjectService } from './project.service.ts';
import { ProjectDesignType, ProjectGuideline, ProjectLabelQuality, ProjectPopulation, ProjectResultsType, SampleSizeProposalType } from './project.types.ts';
import { attributeNames } from './project.sql.ts';
import { SampleDesignKind } from './sampling.ts';

const requestRefusal = 'Evaluation projects are requested by stakeholders, PROJECTS_WRITE tokens, managers and admins.';
const readRefusal = 'A project is read by the person or token that asked for it and by the evaluating team’s managers.';
const manageRefusal = 'The evaluating team’s managers (and admins) run the project.';


@Resolver(() => EvaluationProject)
export class ProjectResolver {
  @Query(() => [Team], { description: 'The teams that take evaluation projects, to name in a request (whoever may request one).' })
  async evaluationTeams(@Ctx() ctx: Context): Promise<Team[]> {
    assertAllowed(ctx.viewer, mayRequestProject(ctx.viewer), requestRefusal);
    return ctx.em.find(Team, {}, { orderBy: { name: 'asc' }, limit: 100 });
  }

  @Query(() => EvaluationProjectConnection, { description: 'Evaluation projects, newest first: a requester’s own, a manager’s team’s (and own requests), every one for admins.', complexity: pageComplexity })
  async evaluationProjects(@Args() args: EvaluationProjectsArgs, @Ctx() ctx: Context): Promise<PageResult<EvaluationProject>> {
    assertAllowed(ctx.viewer, mayRequestProject(ctx.viewer), readRefusal);
    return new ProjectService(ctx.em).list(projectListScope(ctx.viewer), args.filter?.statuses, args);
  }

  @Query(() => EvaluationProject, { description: 'One evaluation project (its requester, and the evaluating team’s managers).' })
  async evaluationProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EvaluationProject> {
    const project = await new ProjectService(ctx.em).find(id);
    assertAllowed(ctx.viewer, mayReadProject(ctx.viewer, projectFacts(project)), readRefusal);
    return project;
  }

  @Mutation(() => RequestEvaluationProjectPayload, { description: 'Asks a team for a measurement: the question, guideline, policies, deadline and precision. Upload its population next (`addPopulationItems` or CSV).' })
  async requestEvaluationProject(@Arg('input') input: RequestEvaluationProjectInput, @Ctx() ctx: Context): Promise<RequestEvaluationProjectPayload> {
    assertAllowed(ctx.viewer, mayRequestProject(ctx.viewer), requestRefusal);
    return { project: await new ProjectService(ctx.em).request(ctx.viewer.actor, input) };
  }

  @Mutation(() => AddPopulationItemsPayload, {
    description: 'Adds items to a requested project’s population (its requester and the team’s managers), until the sample is drawn. All or nothing per call; an item sent again (same externalId) is left as it was. For large populations, POST the CSV to `/projects/{id}/population.csv`.',
  })
  async addPopulationItems(@Arg('input') input: AddPopulationItemsInput, @Ctx() ctx: Context): Promise<AddPopulationItemsPayload> {
    const service = new ProjectService(ctx.em);
    assertAllowed(ctx.viewer, mayReadProject(ctx.viewer, projectFacts(await service.find(input.projectId))), readRefusal);
    return service.addItems(ctx.viewer.actor, input.projectId, input.items);
  }

  @Mutation(() => ProjectChangedPayload, { description: 'Draws the sample (reproducible from its seed) and opens its cases, blind, in a new project queue of the team (the team’s managers). Its labels enforce nothing unless `enforces`.' })
  async drawProjectSample(@Arg('input') input: DrawProjectSampleInput, @Ctx() ctx: Context): Promise<ProjectChangedPayload> {
    const service = new ProjectService(ctx.em);
    assertAllowed(ctx.viewer, mayManageProject(ctx.viewer, projectFacts(await service.find(input.projectId))), manageRefusal);
    const user = ctx.viewer.requireUser();
    return { project: await service.draw({ type: 'USER', id: user.id }, input.projectId, input) };
  }

  @Mutation(() => ProjectChangedPayload, { description: 'Stops labelling and freezes the estimates and label quality as they stand (the team’s managers).' })
  async closeEvaluationProject(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context): Promise<ProjectChangedPayload> {
    const service = new ProjectService(ctx.em);
    assertAllowed(ctx.viewer, mayManageProject(ctx.viewer, projectFacts(await service.find(projectId))), manageRefusal);
    return { project: await service.close(ctx.viewer.actor, projectId) };
  }

  @Mutation(() => ProjectChangedPayload, { description: 'Publishes a closed project’s frozen results, with a summary, to its requester (the team’s managers).' })
  async publishProjectResults(@Arg('input') input: PublishProjectResultsInput, @Ctx() ctx: Context): Promise<ProjectChangedPayload> {
    const service = new ProjectService(ctx.em);
    assertAllowed(ctx.viewer, mayManageProject(ctx.viewer, projectFacts(await service.find(input.projectId))), manageRefusal);
    return { project: await service.publish(ctx.viewer.actor, input.projectId, input.summary) };
  }

  @FieldResolver(() => String, { description: 'The guideline rendered to HTML, sanitised (formatting, lists, tables, links; never script).' })
  guidelineHtml(@Root() project: EvaluationProject): string {
    return renderMarkdown(project.guideline);
  }

  @FieldResolver(() => Team, { description: 'The evaluating team.' })
  async team(@Root() project: EvaluationProject, @Ctx() ctx: Context): Promise<Team> {
    return (await ctx.loaders.team.load(project.team.id))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The person who asked, if a person did.' })
  async requestedBy(@Root() project: EvaluationProject, @Ctx() ctx: Context): Promise<User | null> {
    return project.requestedBy ? ctx.loaders.user.load(project.requestedBy.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The manager who drew the sample.' })
  async owner(@Root() project: EvaluationProject, @Ctx() ctx: Context): Promise<User | null> {
    return project.owner ? ctx.loaders.user.load(project.owner.id) : null;
  }

  @FieldResolver(() => ProjectPopulation)
  async population(@Root() project: EvaluationProject, @Ctx() ctx: Context): Promise<ProjectPopulation> {
    return { items: project.populationItems, totalWeight: project.populationWeight, attributes: await attributeNames(ctx.em, project.id) };
  }

  @FieldResolver(() => ProjectDesignType, { nullable: true, description: 'The drawn design; null until drawn.' })
  design(@Root() project: EvaluationProject): ProjectDesign | null {
    return project.design ?? null;
  }

  @FieldResolver(() => Queue, { nullable: true, description: 'The queue that labels the sample (the team’s managers only).' })
  async queue(@Root() project: EvaluationProject, @Ctx() ctx: Context): Promise<Queue | null> {
    if (!project.queue || !mayManageProject(ctx.viewer, projectFacts(project))) return null;
    return ctx.loaders.queue.load(project.queue.id);
  }

  @FieldResolver(() => SampleSizeProposalType, { description: 'The sample size the target precision needs at the prior rate under a design (per arm in a comparison).' })
  sampleSizeProposal(@Root() project: EvaluationProject, @Arg('kind', () => SampleDesignKind) kind: SampleDesignKind, @Ctx() ctx: Context): Promise<SampleSizeProposalType> {
    return new ProjectService(ctx.em).proposal(project, kind);
  }

  @FieldResolver(() => ProjectResultsType, { nullable: true, description: 'The estimates: live while labelling and frozen at close for the team’s managers; for the requester once published. Null before the draw.' })
  results(@Root() project: EvaluationProject, @Ctx() ctx: Context): Promise<ProjectResults | null> | null {
    if (!mayReadProjectResults(ctx.viewer, projectFacts(project))) return null;
    return new ProjectService(ctx.em).results(project);
  }

  @FieldResolver(() => ProjectLabelQuality, { nullable: true, description: 'Label quality beside the estimate (golden accuracy, double-review κ), visible as the results are.' })
  labelQuality(@Root() project: EvaluationProject, @Ctx() ctx: Context): Promise<LabelQuality | null> | null {
    if (!mayReadProjectResults(ctx.viewer, projectFacts(project))) return null;
    return new ProjectService(ctx.em).labelQuality(project);
  }
}

@Resolver(() => ReviewCase)
export class CaseProjectResolver {
  @FieldResolver(() => ProjectGuideline, { nullable: true, description: 'When the case labels an evaluation project’s sample: its guideline and the policies in scope.' })
  async projectGuideline(@Root() reviewCase: ReviewCase, @Ctx() ctx: Context): Promise<ProjectGuideline | null> {
    const project = await ctx.loaders.projectOfQueue.load(reviewCase.queue.id);
    return project ? { guidelineHtml: renderMarkdown(project.guideline), policyCodes: project.policyCodes } : null;
  }
}
