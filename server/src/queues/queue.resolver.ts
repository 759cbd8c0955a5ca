import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { assertMayOverseeTeam, requireRole } from '../kernel/access.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { connectionOf, PageArgs } from '../kernel/connection.ts';
import type { Context } from '../kernel/context.ts';
import { pageComplexity } from '../kernel/limits.ts';
import { Team } from '../people/team.entity.ts';
import { Queue, VariantPolicy } from './queue.entity.ts';
import type { QueueUpdate } from './queue-counts.feed.ts';
import { type QueueCounts, QueueService } from './queue.service.ts';

const QueueConnection = connectionOf(Queue, 'Queue');

@ObjectType('QueueCounts', { description: 'Unresolved cases in a queue, by state.' })
class QueueCountsType implements QueueCounts {
  @Field(() => Int, { description: 'Waiting to be claimed (including claims whose lease ran out).' })
  open!: number;

  @Field(() => Int, { description: 'Claimed under a live lease.' })
  inReview!: number;

  @Field(() => Int, { description: 'Waiting for a blind second review.' })
  awaitingSecondReview!: number;

  @Field(() => Int, { description: 'Two decisions disagree; waiting for adjudication.' })
  inAdjudication!: number;

  @Field(() => Date, { nullable: true, description: 'The earliest SLA due time among claimable cases.' })
  oldestSlaDueAt!: Date | null;
}

@ObjectType('QueueUpdate', { description: 'A queue’s counts after a change.' })
class QueueUpdateType implements QueueUpdate {
  @Field(() => ID, { description: 'The queue.' })
  queueId!: string;

  @Field(() => QueueCountsType, { description: 'Its counts now.' })
  counts!: QueueCountsType;
}

@Resolver(() => Queue)
export class QueueResolver {
  @Mutation(() => Queue, { description: 'Names the certification evaluators need to claim in the queue (null: none). The queue team’s managers and admins.' })
  async requireQueueCertification(
    @Arg('queueId', () => ID) queueId: string,
    @Arg('certificationCode', () => String, { nullable: true }) certificationCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<Queue> {
    const user = requireRole(ctx.viewer, 'teamLeads');
    const service = new QueueService(ctx.em);
    const queue = await service.findQueue(queueId);
    assertMayOverseeTeam(ctx.viewer, queue.team.id, 'Managers set the certification of their own team’s queues.');
    return service.requireCertification({ type: 'USER', id: user.id }, queue.id, certificationCode);
  }

  @Mutation(() => Queue, { description: 'Sets what a newly reported variant of an enforced query family does in the queue: CONFIRM (a light case) or AUTO_APPLY (the family’s decision). The queue team’s managers and admins.' })
  async setQueueVariantPolicy(@Arg('queueId', () => ID) queueId: string, @Arg('policy', () => VariantPolicy) policy: VariantPolicy, @Ctx() ctx: Context): Promise<Queue> {
    const user = requireRole(ctx.viewer, 'teamLeads');
    const service = new QueueService(ctx.em);
    const queue = await service.findQueue(queueId);
    assertMayOverseeTeam(ctx.viewer, queue.team.id, 'Managers set how their own team’s queues take query variants.');
    return service.setVariantPolicy({ type: 'USER', id: user.id }, queue.id, policy);
  }

  @Query(() => QueueConnection, { description: 'Review queues by name.', complexity: pageComplexity })
  async queues(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<PageResult<Queue>> {
    ctx.viewer.requireUser();
    return new QueueService(ctx.em).list(page);
  }

  @Query(() => Queue, { description: 'One queue.' })
  async queue(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Queue> {
    ctx.viewer.requireUser();
    return new QueueService(ctx.em).findQueue(id);
  }

  @FieldResolver(() => QueueCountsType, { description: 'Live counts of unresolved cases.', complexity: 5 })
  async counts(@Root() queue: Queue, @Ctx() ctx: Context): Promise<QueueCounts> {
    return ctx.loaders.queueCounts.load(queue.id);
  }

  @FieldResolver(() => Team, { description: 'The team that works the queue.' })
  async team(@Root() queue: Queue, @Ctx() ctx: Context): Promise<Team> {
    const team = await ctx.loaders.team.load(queue.team.id);
    if (!team) throw new Error(`queue ${queue.id} has no team`);
    return team;
  }

  @Subscription(() => QueueUpdateType, {
    description: 'The queue’s counts at once, then after every change (coalesced to a few per second).',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      ctx.viewer.requireUser();
      const queue = await new QueueService(ctx.em).findQueue(args.queueId as string);
      return ctx.queueCounts.updates(queue.id);
    },
  })
  queueUpdated(@Arg('queueId', () => ID) _queueId: string, @Root() update: QueueUpdate): QueueUpdate {
    return update;
  }
}
