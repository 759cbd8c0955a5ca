import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireRole } from '../kernel/access.ts';
import { PageArgs } from '../kernel/connection.ts';
import type { Context } from '../kernel/context.ts';
import type { TopicPayloads } from '../kernel/pubsub.ts';
import { pageComplexity } from '../kernel/limits.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { Team } from '../people/team.entity.ts';
import { User } from '../people/user.entity.ts';
import { Report, ReportKind, ReportSubscription } from './report.entities.ts';
import { ReportFigures } from './report.figures.ts';
import { GenerateReportInput, ReportConnection, ReportFilterInput, UpdateReportCommentaryInput } from './report.inputs.ts';
import { ReportService } from './report.service.ts';

@ObjectType({ description: 'How far the scheduled generation of report drafts has got.' })
class ReportDraftsProgress {
  @Field(() => Int, { description: 'Drafts generated so far in this run.' })
  done!: number;

  @Field(() => Int, { description: 'Drafts this run generates: the closed weeks and months still without their report.' })
  total!: number;

  @Field({ description: 'True on the run’s last event.' })
  finished!: boolean;

  @Field(() => ReportKind, { nullable: true, description: 'The draft being generated now (null once finished).' })
  kind!: ReportKind | null;

  @Field(() => Date, { nullable: true, description: 'Its period’s start.' })
  periodStart!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Its team (null for all teams, or once finished).' })
  teamId!: string | null;
}

@Resolver(() => Report)
export class ReportResolver {
  @Subscription(() => ReportDraftsProgress, {
    description: 'Progress of the scheduled generation of report drafts, whichever instance runs it: an event before each draft and one when finished (managers and admins).',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      requireRole(ctx.viewer, 'teamLeads');
      return ctx.pubSub.subscribeTo('REPORT_DRAFTS_PROGRESS');
    },
  })
  reportDraftsProgress(@Root() progress: TopicPayloads['REPORT_DRAFTS_PROGRESS']): ReportDraftsProgress {
    return { ...progress, kind: progress.kind as ReportKind | null, periodStart: progress.periodStart ? new Date(progress.periodStart) : null };
  }

  @Query(() => ReportConnection, {
    description: 'Reports you may read, newest period first: published ones for stakeholders and REPORTS_READ tokens; your team’s (drafts too) and the published all-teams ones for managers; all for admins.',
    complexity: pageComplexity,
  })
  async reports(@Args() page: PageArgs, @Arg('filter', () => ReportFilterInput, { nullable: true }) filter: ReportFilterInput | null, @Ctx() ctx: Context): Promise<PageResult<Report>> {
    return new ReportService(ctx.em).list(ctx.viewer, filter ?? {}, page);
  }

  @Query(() => Report, { description: 'One report (NOT_FOUND when you may not read it; drafts only for those who may edit them).' })
  async report(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Report> {
    return new ReportService(ctx.em).find(ctx.viewer, id);
  }

  @Query(() => [ReportSubscription], { description: 'Your report subscriptions (stakeholders, managers, admins).' })
  async myReportSubscriptions(@Ctx() ctx: Context): Promise<ReportSubscription[]> {
    return new ReportService(ctx.em).subscriptions(ctx.viewer);
  }

  @Mutation(() => Report, { description: 'Generates the draft report of the period holding `at` (managers: their team; admins: any team or all). CONFLICT when the period already has its report.' })
  async generateReport(@Arg('input') input: GenerateReportInput, @Ctx() ctx: Context): Promise<Report> {
    const user = ctx.viewer.requireUser();
    return new ReportService(ctx.em).generate({ type: 'USER', id: user.id }, ctx.viewer, input);
  }

  @Mutation(() => Report, { description: 'Edits the commentary of a draft report. CONFLICT once published.' })
  async updateReportCommentary(@Arg('input') input: UpdateReportCommentaryInput, @Ctx() ctx: Context): Promise<Report> {
    const user = ctx.viewer.requireUser();
    return new ReportService(ctx.em).updateCommentary({ type: 'USER', id: user.id }, ctx.viewer, input.id, input);
  }

  @Mutation(() => Report, { description: 'Publishes a draft report: it becomes an immutable snapshot, and its subscribers are notified.' })
  async publishReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Report> {
    const user = ctx.viewer.requireUser();
    return new ReportService(ctx.em).publish({ type: 'USER', id: user.id }, ctx.viewer, id);
  }

  @Mutation(() => ReportSubscription, { description: 'Subscribes you to the published reports of a team, or of all teams without `teamId`. Idempotent.' })
  async subscribeToReports(@Arg('teamId', () => ID, { nullable: true }) teamId: string | null, @Ctx() ctx: Context): Promise<ReportSubscription> {
    return new ReportService(ctx.em).subscribe(ctx.viewer, teamId ?? null);
  }

  @Mutation(() => Boolean, { description: 'Ends your subscription to a team’s (or all teams’) reports; false when there was none.' })
  async unsubscribeFromReports(@Arg('teamId', () => ID, { nullable: true }) teamId: string | null, @Ctx() ctx: Context): Promise<boolean> {
    return new ReportService(ctx.em).unsubscribe(ctx.viewer, teamId ?? null);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team; null for the all-teams report.' })
  async team(@Root() report: Report, @Ctx() ctx: Context): Promise<Team | null> {
    return report.team ? ctx.loaders.team.load(report.team.id) : null;
  }

  @FieldResolver(() => ReportFigures, { description: 'The figures, frozen when it was generated, each beside the previous period’s.' })
  figures(@Root() report: Report): ReportFigures {
    return report.figures;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who published it.' })
  async publishedBy(@Root() report: Report, @Ctx() ctx: Context): Promise<User | null> {
    return report.publishedBy ? ((await ctx.loaders.user.load(report.publishedBy.id)) ?? null) : null;
  }

  @FieldResolver(() => String, { description: 'Where to download it as CSV (GET, same authorization as `report`).' })
  csvUrl(@Root() report: Report): string {
    return `/reports/${report.id}.csv`;
  }
}

@Resolver(() => ReportSubscription)
export class ReportSubscriptionResolver {
  @FieldResolver(() => Team, { nullable: true, description: 'The team; null for all teams.' })
  async team(@Root() subscription: ReportSubscription, @Ctx() ctx: Context): Promise<Team | null> {
    return subscription.team ? ctx.loaders.team.load(subscription.team.id) : null;
  }
}
