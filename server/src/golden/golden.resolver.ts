import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole, teamScope } from '../kernel/access.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import { assertOverseesQueue } from '../queues/queue.access.ts';
import { CaseService } from '../cases/case.service.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { PageArgs } from '../kernel/connection.ts';
import type { Context } from '../kernel/context.ts';
import { pageComplexity } from '../kernel/limits.ts';
import { User } from '../people/user.entity.ts';
import { Queue } from '../queues/queue.entity.ts';
import { GoldenCase } from './golden-case.entity.ts';
import { GoldenCaseConnection, GoldenCaseFilterInput, GoldenCasePayload, GoldenScoreType, MarkGoldenCaseInput } from './golden.inputs.ts';
import { GoldenService } from './golden.service.ts';

@Resolver(() => GoldenCase)
export class GoldenResolver {
  @Query(() => GoldenCaseConnection, { description: 'Golden cases, newest first (QA analysts and admins: every queue’s; managers: their team’s queues’).', complexity: pageComplexity })
  async goldenCases(
    @Args() page: PageArgs,
    @Arg('filter', () => GoldenCaseFilterInput, { nullable: true }) filter: GoldenCaseFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<PageResult<GoldenCase>> {
    requireRole(ctx.viewer, 'goldenKeepers');
    if (filter?.queueId) await assertOverseesQueue(ctx, filter.queueId);
    return new GoldenService(ctx.em).list({ ...filter, teamId: teamScope(ctx.viewer) }, page);
  }

  @Mutation(() => GoldenCasePayload, { description: 'Marks a case with its known answer; copies of it are then mixed into its queue at the queue’s golden rate (QA analysts, admins; managers: cases of their team’s queues).' })
  async markGoldenCase(@Arg('input') input: MarkGoldenCaseInput, @Ctx() ctx: Context): Promise<GoldenCasePayload> {
    const user = requireRole(ctx.viewer, 'goldenKeepers');
    const source = await new CaseService(ctx.em).findCase(input.caseId);
    await assertOverseesQueue(ctx, source.queue.id);
    return { goldenCase: await new GoldenService(ctx.em).mark({ type: 'USER', id: user.id }, input) };
  }

  @Mutation(() => GoldenCasePayload, { description: 'Stops mixing the golden case into its queue; its scores are kept (QA analysts, admins; managers: their team’s queues).' })
  async retireGoldenCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<GoldenCasePayload> {
    const user = requireRole(ctx.viewer, 'goldenKeepers');
    await assertOverseesQueue(ctx, (await new GoldenService(ctx.em).find(id)).queue.id);
    return { goldenCase: await new GoldenService(ctx.em).retire({ type: 'USER', id: user.id }, id) };
  }

  @FieldResolver(() => ReviewCase, { description: 'The case it was marked from.' })
  async sourceCase(@Root() golden: GoldenCase, @Ctx() ctx: Context): Promise<ReviewCase> {
    return (await ctx.loaders.reviewCase.load(golden.sourceCase.id))!;
  }

  @FieldResolver(() => Queue, { description: 'The queue its copies are mixed into.' })
  async queue(@Root() golden: GoldenCase, @Ctx() ctx: Context): Promise<Queue> {
    return (await ctx.loaders.queue.load(golden.queue.id))!;
  }

  @FieldResolver(() => User, { description: 'Who marked it.' })
  async createdBy(@Root() golden: GoldenCase, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(golden.createdBy.id))!;
  }

  @FieldResolver(() => GoldenScoreType, { description: 'How evaluators answered it so far.' })
  async score(@Root() golden: GoldenCase, @Ctx() ctx: Context): Promise<GoldenScoreType> {
    return Object.assign(new GoldenScoreType(), await ctx.loaders.goldenScore.load(golden.id));
  }
}
