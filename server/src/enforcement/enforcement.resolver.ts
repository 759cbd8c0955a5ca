import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { assertAllowed, mayReadDecisionFeed } from '../kernel/access.ts';
import type { Context } from '../kernel/context.ts';
import { Domain } from '../policies/severity.ts';
import { EnforcementService, type EnforcementChangePage, type EnforcementListPage } from './enforcement.service.ts';
import { EnforcementChangePageType, EnforcementListPageType } from './enforcement.types.ts';

const refusal = 'Enforcement lists are for DECISIONS_READ tokens and admins.';

@Resolver()
export class EnforcementResolver {
  @Query(() => EnforcementListPageType, {
    description:
      'What a domain enforces now (search: queries, suggestions and results; account: accounts), paged from `after` (the start when null). Page to the end, keep `version`, then follow `enforcementChanges`. DECISIONS_READ tokens and admins.',
  })
  async enforcementList(
    @Arg('domain', () => Domain) domain: Domain,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 500, description: 'At most 1000.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<EnforcementListPage> {
    assertAllowed(ctx.viewer, mayReadDecisionFeed(ctx.viewer), refusal);
    return new EnforcementService(ctx.em).list(domain, after, first);
  }

  @Query(() => EnforcementChangePageType, {
    description:
      'What changed in a domain’s enforcement list since `since` (a version from `enforcementList` or an earlier call; the start when null): each changed subject once, added (or replaced) or removed. DECISIONS_READ tokens and admins.',
  })
  async enforcementChanges(
    @Arg('domain', () => Domain) domain: Domain,
    @Arg('since', () => String, { nullable: true }) since: string | null,
    @Arg('first', () => Int, { defaultValue: 500, description: 'At most 1000.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<EnforcementChangePage> {
    assertAllowed(ctx.viewer, mayReadDecisionFeed(ctx.viewer), refusal);
    return new EnforcementService(ctx.em).changes(domain, since, first);
  }
}
