import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole } from '../kernel/access.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { PageArgs } from '../kernel/connection.ts';
import { pageComplexity } from '../kernel/limits.ts';
import type { Context } from '../kernel/context.ts';
import { ApiToken } from './api-token.entity.ts';
import { ApiTokenService } from './api-token.service.ts';
import { ApiTokenConnection, CreateApiTokenInput, CreateApiTokenPayload, RevokeApiTokenPayload } from './people.inputs.ts';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, { description: 'Integrator API tokens, newest first (admins only).', complexity: pageComplexity })
  async apiTokens(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<PageResult<ApiToken>> {
    requireRole(ctx.viewer, 'admins');
    return new ApiTokenService(ctx.em).list(page);
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'Creates an API token (admins only). The secret is in the payload and nowhere else.' })
  async createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreateApiTokenPayload> {
    const admin = requireRole(ctx.viewer, 'admins');
    return new ApiTokenService(ctx.em).create({ type: 'USER', id: admin.id }, input);
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes an API token at once (admins only). Revoking twice gives CONFLICT.' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RevokeApiTokenPayload> {
    requireRole(ctx.viewer, 'admins');
    return { token: await new ApiTokenService(ctx.em).revoke(ctx.viewer.actor, id) };
  }
}
