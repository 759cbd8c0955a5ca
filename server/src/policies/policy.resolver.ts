import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.ts';
import { Policy } from './policy.entity.ts';
import { PolicyService } from './policy.service.ts';

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => [Policy], { description: 'The current policy taxonomy, most severe first (a bounded list of areas).' })
  async policies(@Ctx() ctx: Context): Promise<Policy[]> {
    if (!ctx.viewer.isAuthenticated) ctx.viewer.requireUser();
    return [...(await new PolicyService(ctx.em).current()).values()];
  }
}
