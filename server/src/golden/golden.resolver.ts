import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ReviewCase } from '../cases/case.entity.ts';
import type { PageResult } from '../db/pagination.ts';
import { PageArgs } from '../graphql/connection.ts';
import type { Context } from '../graphql/context.ts';
import { pageComplexity } from '../graphql/limits.ts';
import { Role } from '../people/role.ts';
import { User } from '../people/user.entity.ts';
import { Queue } from '../queues/queue.entity.ts';
import { GoldenCase } from './golden-case.entity.ts';
import { GoldenCaseConnection, GoldenCaseFilterInput, GoldenCasePayload, GoldenScoreType, MarkGoldenCaseInput } from './golden.inputs.ts';
import { GoldenService } from './golden.service.ts';

/** Who keeps golden cases. Evaluators never read them: the test would show. */
export const goldenKeepers = [Role.MANAGER, Role.QA_ANALYST, Role.ADMIN];

@Resolver(() => GoldenCase)
export class GoldenResolver {
  @Query(() => GoldenCaseConnection, { description: 'Golden cases, newest first (managers, QA analysts, admins).', complexity: pageComplexity })
  async goldenCases(
    @Args() page: PageArgs,
    @Arg('filter', () => GoldenCaseFilterInput, { nullable: true }) filter: GoldenCaseFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<PageResult<GoldenCase>> {
    ctx.viewer.requireRole(...goldenKeepers);
    return new GoldenService(ctx.em).list(filter ?? {}, page);
  }

  @Mutation(() => GoldenCasePayload, { description: 'Marks a case with its known answer; copies of it are then mixed into its queue at the queue’s golden rate.' })
  async markGoldenCase(@Arg('input') input: MarkGoldenCaseInput, @Ctx() ctx: Context): Promise<GoldenCasePayload> {
    const user = ctx.viewer.requireRole(...goldenKeepers);
    return { goldenCase: await new GoldenService(ctx.em).mark({ type: 'USER', id: user.id }, input) };
  }

  @Mutation(() => GoldenCasePayload, { description: 'Stops mixing the golden case into its queue; its scores are kept.' })
  async retireGoldenCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<GoldenCasePayload> {
    const user = ctx.viewer.requireRole(...goldenKeepers);
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
