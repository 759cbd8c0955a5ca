import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { requireRole, teamScope } from '../kernel/access.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { Decision } from '../decisions/decision.entity.ts';
import { PageArgs } from '../kernel/connection.ts';
import type { Context } from '../kernel/context.ts';
import { pageComplexity } from '../kernel/limits.ts';
import { User } from '../people/user.entity.ts';
import { assertOverseesQueue } from '../queues/queue.access.ts';
import { Queue } from '../queues/queue.entity.ts';
import { QaTask, QaTaskKind } from './qa-task.entity.ts';
import {
  ClaimNextQaTaskPayload,
  CompleteQaTaskInput,
  CompleteQaTaskPayload,
  QaTaskConnection,
  QaTaskCountsType,
  QaTaskFilterInput,
  QaTaskPayload,
} from './qa.inputs.ts';
import { type QaTaskCounts, QaService } from './qa.service.ts';

@Resolver(() => QaTask)
export class QaResolver {
  @Query(() => QaTaskConnection, { description: 'QA tasks: done ones newest first, the rest oldest first (QA analysts and admins: every queue’s; managers: their team’s queues’).', complexity: pageComplexity })
  async qaTasks(
    @Args() page: PageArgs,
    @Arg('filter', () => QaTaskFilterInput, { nullable: true }) filter: QaTaskFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<PageResult<QaTask>> {
    requireRole(ctx.viewer, 'qaReaders');
    if (filter?.queueId) await assertOverseesQueue(ctx, filter.queueId);
    return new QaService(ctx.em).list({ ...filter, teamId: teamScope(ctx.viewer) }, page);
  }

  @Query(() => QaTask, { description: 'One QA task (QA analysts, admins; managers: of their team’s queues).' })
  async qaTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<QaTask> {
    requireRole(ctx.viewer, 'qaReaders');
    const task = await new QaService(ctx.em).find(id);
    await assertOverseesQueue(ctx, task.queue.id);
    return task;
  }

  @Query(() => QaTaskCountsType, { description: 'QA tasks not yet done, of one queue or all (managers: of their team’s queues).' })
  async qaTaskCounts(@Arg('queueId', () => ID, { nullable: true }) queueId: string | null, @Ctx() ctx: Context): Promise<QaTaskCounts> {
    requireRole(ctx.viewer, 'qaReaders');
    if (queueId) await assertOverseesQueue(ctx, queueId);
    return new QaService(ctx.em).counts(queueId, teamScope(ctx.viewer));
  }

  @Mutation(() => ClaimNextQaTaskPayload, { description: 'Leases you (a QA analyst) the oldest task of the kind you did not decide yourself, or gives back the one you hold.' })
  async claimNextQaTask(
    @Arg('kind', () => QaTaskKind) kind: QaTaskKind,
    @Arg('queueId', () => ID, { nullable: true }) queueId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ClaimNextQaTaskPayload> {
    const user = requireRole(ctx.viewer, 'qaAnalysts');
    return { task: await new QaService(ctx.em).claimNext({ type: 'USER', id: user.id }, kind, queueId) };
  }

  @Mutation(() => QaTaskPayload, {
    description:
      'Extends your claim on the QA task you hold by its lease (`leaseMs`), e.g. during a long adjudication. LEASE_EXPIRED once your claim has run out, FORBIDDEN when you do not hold it, CONFLICT when it is done.',
  })
  async heartbeatQaTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<QaTaskPayload> {
    const user = requireRole(ctx.viewer, 'qaAnalysts');
    return { task: await new QaService(ctx.em).heartbeat({ type: 'USER', id: user.id }, id) };
  }

  @Mutation(() => QaTaskPayload, { description: 'Gives the QA task you hold back to the QA queue.' })
  async releaseQaTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<QaTaskPayload> {
    const user = requireRole(ctx.viewer, 'qaAnalysts');
    return { task: await new QaService(ctx.em).release({ type: 'USER', id: user.id }, id) };
  }

  @Mutation(() => CompleteQaTaskPayload, { description: 'Confirms or overturns the sampled decision, or adjudicates the disagreement, of the QA task you hold.' })
  async completeQaTask(@Arg('input') input: CompleteQaTaskInput, @Ctx() ctx: Context): Promise<CompleteQaTaskPayload> {
    const user = requireRole(ctx.viewer, 'qaAnalysts');
    return new QaService(ctx.em).complete({ type: 'USER', id: user.id }, input);
  }

  @Subscription(() => QaTaskCountsType, {
    description: 'The QA tasks not yet done, of one queue or all, at once and after every change (QA analysts, admins; managers: of their team’s queues).',
    subscribe: async function* ({ args, context }) {
      const ctx = context as Context;
      requireRole(ctx.viewer, 'qaReaders');
      const queueId = (args.queueId as string | null | undefined) ?? null;
      if (queueId) await assertOverseesQueue(ctx, queueId);
      const teamId = teamScope(ctx.viewer);
      const service = new QaService(ctx.em);
      yield await service.counts(queueId, teamId);
      for await (const changed of ctx.pubSub.subscribeTo('QA_TASKS_CHANGED')) {
        if (queueId === null || changed.queueId === queueId) yield await service.counts(queueId, teamId);
      }
    },
  })
  qaTaskCountsChanged(@Arg('queueId', () => ID, { nullable: true }) _queueId: string | null, @Root() counts: QaTaskCounts): QaTaskCounts {
    return counts;
  }

  @FieldResolver(() => ReviewCase, { description: 'The case to review.' })
  async case(@Root() task: QaTask, @Ctx() ctx: Context): Promise<ReviewCase> {
    return (await ctx.loaders.reviewCase.load(task.case.id))!;
  }

  @FieldResolver(() => Queue, { description: 'The case’s queue.' })
  async queue(@Root() task: QaTask, @Ctx() ctx: Context): Promise<Queue> {
    return (await ctx.loaders.queue.load(task.queue.id))!;
  }

  @FieldResolver(() => Int, {
    description: 'How long a claim on the task lasts, and how far each heartbeatQaTask extends it, in milliseconds (its queue’s lease); a client heartbeats well within it.',
  })
  async leaseMs(@Root() task: QaTask, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.queue.load(task.queue.id))!.leaseMs;
  }

  @FieldResolver(() => Decision, { description: 'The decision that resolved the case (a sample) or disagreed with the first (an adjudication).' })
  async reviewedDecision(@Root() task: QaTask, @Ctx() ctx: Context): Promise<Decision> {
    return (await ctx.loaders.decision.load(task.reviewedDecision.id))!;
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'The analyst’s decision, once done.' })
  async qaDecision(@Root() task: QaTask, @Ctx() ctx: Context): Promise<Decision | null> {
    return task.qaDecision ? ctx.loaders.decision.load(task.qaDecision.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The analyst working or who worked it.' })
  async assignee(@Root() task: QaTask, @Ctx() ctx: Context): Promise<User | null> {
    return task.assignee ? ctx.loaders.user.load(task.assignee.id) : null;
  }
}
