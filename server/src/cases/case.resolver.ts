import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { holdsRole, mayIngest, mayIngestInto, overseesCases, requireAuthenticated, requireRole } from '../kernel/access.ts';
import { assertOverseesQueue } from '../queues/queue.access.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { PageArgs } from '../kernel/connection.ts';
import { pageComplexity } from '../kernel/limits.ts';
import { Decision } from '../decisions/decision.entity.ts';
import { GoldenCase } from '../golden/golden-case.entity.ts';
import type { Context } from '../kernel/context.ts';
import { type TopicPayloads, where } from '../kernel/pubsub.ts';
import { User } from '../people/user.entity.ts';
import { Queue } from '../queues/queue.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { CaseStatus } from './case-status.ts';
import { ReviewCase } from './case.entity.ts';
import { CaseConnection, CaseFilterInput, ClaimNextCasePayload, IngestCasesInput, IngestCasesPayload, LeasePayload } from './case.inputs.ts';
import { CaseService } from './case.service.ts';
import type { CaseView } from './case.view.ts';

@ObjectType({ description: 'A case changed; fetch details with `case(id)`.' })
class CaseUpdate {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field(() => ID, { description: 'Its queue.' })
  queueId!: string;

  @Field(() => CaseStatus, { description: 'Its status now.' })
  status!: CaseStatus;
}

@Resolver(() => ReviewCase)
export class CaseResolver {
  @Query(() => ReviewCase, { description: 'One case: for its current holder, overseers and CASES_READ tokens.' })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReviewCase> {
    requireAuthenticated(ctx.viewer);
    const found = await new CaseService(ctx.em).findCase(id);
    if (!found.assignee || found.assignee.id !== ctx.viewer.user?.id) await assertOverseesQueue(ctx, found.queue.id);
    return found;
  }

  @Query(() => CaseConnection, { description: 'A queue’s cases, newest first, golden copies left out: for overseers (managers: their team’s queues) and CASES_READ tokens.', complexity: pageComplexity })
  async cases(@Arg('filter') filter: CaseFilterInput, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<PageResult<ReviewCase>> {
    if (!overseesCases(ctx.viewer)) requireRole(ctx.viewer, 'caseOverseers');
    await assertOverseesQueue(ctx, filter.queueId);
    return new CaseService(ctx.em).list(filter, page);
  }

  @Mutation(() => IngestCasesPayload, { description: 'Pushes reports in (CASES_WRITE tokens, managers, admins). Each report succeeds or fails on its own.' })
  async ingestCases(@Arg('input') input: IngestCasesInput, @Ctx() ctx: Context): Promise<IngestCasesPayload> {
    if (!mayIngest(ctx.viewer)) requireRole(ctx.viewer, 'teamLeads');
    // Which queues is decided per report, once routing has picked its queue: a report for another team's queue fails alone with FORBIDDEN.
    const results = await new CaseService(ctx.em).ingest(ctx.viewer.actor, input.cases, new Date(), (queueTeamId) => mayIngestInto(ctx.viewer, queueTeamId));
    const failed = results.filter((result) => result.status === 'FAILED').length;
    return {
      results: results.map((result) =>
        result.status === 'FAILED'
          ? { index: result.index, status: result.status as never, error: result.error }
          : { index: result.index, status: result.status as never, caseId: result.caseId, decisionId: result.status === 'MATCHED' ? result.decisionId : null },
      ),
      accepted: results.length - failed,
      failed,
    };
  }

  @Mutation(() => ClaimNextCasePayload, { description: 'Leases you the best eligible case of the queue; `case` is null when none is left for you.' })
  async claimNextCase(@Arg('queueId', () => ID) queueId: string, @Ctx() ctx: Context): Promise<ClaimNextCasePayload> {
    const user = requireRole(ctx.viewer, 'reviewers');
    return { case: await new CaseService(ctx.em).claimNext(user.id, queueId) };
  }

  @Mutation(() => LeasePayload, { description: 'Extends your lease on the case. LEASE_EXPIRED once it has run out.' })
  async heartbeatLease(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<LeasePayload> {
    const user = ctx.viewer.requireUser();
    return { case: await new CaseService(ctx.em).heartbeat({ type: 'USER', id: user.id }, caseId) };
  }

  @Mutation(() => LeasePayload, { description: 'Gives the case back to its queue.' })
  async releaseCase(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<LeasePayload> {
    const user = ctx.viewer.requireUser();
    return { case: await new CaseService(ctx.em).release({ type: 'USER', id: user.id }, caseId) };
  }

  @FieldResolver(() => Queue, { description: 'The queue the case is in.' })
  async queue(@Root() reviewCase: CaseView, @Ctx() ctx: Context): Promise<Queue> {
    return (await ctx.loaders.queue.load(reviewCase.queue.id))!;
  }

  @FieldResolver(() => Subject, { description: 'What the case is about.' })
  async subject(@Root() reviewCase: CaseView, @Ctx() ctx: Context): Promise<Subject> {
    return (await ctx.loaders.subject.load(reviewCase.subject.id))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who holds the case now (overseers only; others see null).' })
  async assignee(@Root() reviewCase: CaseView, @Ctx() ctx: Context): Promise<User | null> {
    if (!reviewCase.assignee || !overseesCases(ctx.viewer)) return null;
    return ctx.loaders.user.load(reviewCase.assignee.id);
  }

  @FieldResolver(() => [Decision], { description: 'Decisions so far, oldest first. Evaluators see only their own (the second review is blind).' })
  async decisions(@Root() reviewCase: CaseView, @Ctx() ctx: Context): Promise<Decision[]> {
    const mine = overseesCases(ctx.viewer) ? {} : { decidedBy: ctx.viewer.user?.id ?? null };
    return ctx.em.find(Decision, { case: reviewCase.id, ...mine }, { orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'The decision that stands once the case is resolved: the latest, so a QA override replaces the one it overturned (overseers only).' })
  async standingDecision(@Root() reviewCase: CaseView, @Ctx() ctx: Context): Promise<Decision | null> {
    if (reviewCase.status !== CaseStatus.RESOLVED || !overseesCases(ctx.viewer)) return null;
    return ctx.em.findOne(Decision, { case: reviewCase.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'For a case opened for a new variant of a query family whose outcome is enforced (the queue’s variantPolicy is CONFIRM): the family’s decision, to confirm or decide otherwise.' })
  variantOf(@Root() reviewCase: CaseView, @Ctx() ctx: Context): Promise<Decision | null> | null {
    return reviewCase.variantOfDecision ? ctx.loaders.decision.load(reviewCase.variantOfDecision.id) : null;
  }

  @FieldResolver(() => GoldenCase, { nullable: true, description: 'For a copy of a golden case, the golden case (managers, QA analysts and admins only; evaluators are never told).' })
  async golden(@Root() reviewCase: CaseView, @Ctx() ctx: Context): Promise<GoldenCase | null> {
    if (!reviewCase.goldenCase || !holdsRole(ctx.viewer, 'goldenKeepers')) return null;
    return ctx.em.findOne(GoldenCase, { id: reviewCase.goldenCase.id });
  }

  @Subscription(() => CaseUpdate, {
    description: 'Each change to the case: claims, lease extensions, releases, decisions, merged reports. For its holder and overseers.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const found = await new CaseService(ctx.em).findCase(args.caseId as string);
      if (!found.assignee || found.assignee.id !== ctx.viewer.user?.id) await assertOverseesQueue(ctx, found.queue.id);
      return where(ctx.pubSub.subscribeTo('CASE_CHANGED'), (change) => change.caseId === found.id);
    },
  })
  caseUpdated(@Arg('caseId', () => ID) _caseId: string, @Root() change: TopicPayloads['CASE_CHANGED']): CaseUpdate {
    return { ...change, status: change.status as CaseStatus };
  }
}
