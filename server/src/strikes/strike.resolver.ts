import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { requireRole } from '../kernel/access.ts';
import type { Context } from '../kernel/context.ts';
import { Domain } from '../policies/severity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import type { PolicyStanding, Strike } from './strike.service.ts';
import { StrikeService } from './strike.service.ts';
import { PolicyStandingType, SetStrikeLadderInput, SetStrikeLadderPayload, StrikeType } from './strike.types.ts';

@Resolver()
export class StrikeLadderResolver {
  @Mutation(() => SetStrikeLadderPayload, { description: 'Sets what each further violation in a policy area brings an account, and how long a strike counts (managers and admins). Strikes already given keep their expiry.' })
  async setStrikeLadder(@Arg('input') input: SetStrikeLadderInput, @Ctx() ctx: Context): Promise<SetStrikeLadderPayload> {
    const user = requireRole(ctx.viewer, 'teamLeads');
    return { policyCode: input.policyCode, ladder: await new StrikeService(ctx.em).setLadder({ type: 'USER', id: user.id }, input.policyCode, input.rungs, input.expiryDays) };
  }
}

/** An account's strikes and standing, for whoever reads the case the account is the subject of. */
@Resolver(() => Subject)
export class SubjectStrikesResolver {
  @FieldResolver(() => [PolicyStandingType], { description: 'Accounts: the standing in the policy areas named (or in every area with strikes), with the action each area’s ladder proposes for a violation now. Empty for other subjects.' })
  standing(@Root() subject: Subject, @Arg('policyCodes', () => [String], { nullable: true }) policyCodes: string[] | null, @Ctx() ctx: Context): Promise<PolicyStanding[]> | PolicyStanding[] {
    if (subject.domain !== Domain.ACCOUNT) return [];
    return policyCodes?.length ? new StrikeService(ctx.em).standing(subject.id, policyCodes) : ctx.loaders.standing.load(subject.id);
  }

  @FieldResolver(() => [StrikeType], { description: 'Accounts: strikes, newest first (at most `first`, 100), active, decayed and lifted. Empty for other subjects.' })
  strikes(@Root() subject: Subject, @Arg('first', () => Int, { defaultValue: 50 }) first: number, @Ctx() ctx: Context): Promise<Strike[]> | Strike[] {
    return subject.domain === Domain.ACCOUNT ? new StrikeService(ctx.em).history(subject.id, Math.max(1, Math.min(first, 100))) : [];
  }
}

