import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requireRole } from '../kernel/access.ts';
import type { Context } from '../kernel/context.ts';
import { User } from '../people/user.entity.ts';
import { Decision } from './decision.entity.ts';
import { DecideCaseInput, DecideCasePayload } from './decision.inputs.ts';
import { DecisionService } from './decision.service.ts';
import type { DecisionView } from './decision.view.ts';

@Resolver(() => Decision)
export class DecisionResolver {
  @Mutation(() => DecideCasePayload, {
    description: 'Decides the case you hold. LEASE_EXPIRED after your lease ran out, FORBIDDEN when you do not hold it; a retry with the same idempotency key returns the first decision.',
  })
  async decideCase(@Arg('input') input: DecideCaseInput, @Ctx() ctx: Context): Promise<DecideCasePayload> {
    const user = requireRole(ctx.viewer, 'reviewers');
    return new DecisionService(ctx.em).decide({ type: 'USER', id: user.id }, input);
  }

  @FieldResolver(() => User, { description: 'Who decided.' })
  async decidedBy(@Root() decision: DecisionView, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(decision.decidedBy.id))!;
  }
}
