import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PageResult } from '../db/pagination.ts';
import { PageArgs } from '../graphql/connection.ts';
import { pageComplexity } from '../graphql/limits.ts';
import type { Context } from '../graphql/context.ts';
import { ApiToken } from './api-token.entity.ts';
import { ApiTokenService } from './api-token.service.ts';
import { ApiTokenConnection, CreateApiTokenInput, CreateApiTokenPayload, RevokeApiTokenPayload } from './people.inputs.ts';
import { Role } from './role.ts';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, { description: 'Integrator API tokens, newest first (admins only).', complexity: pageComplexity })
  async apiTokens(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<PageResult<ApiToken>> {
    ctx.viewer.requireRole(Role.ADMIN);
    return new ApiTokenService(ctx.em).list(page);
  }

  @Mutation(() => CreateApiTokenPayload, { description: 'Creates an API token (admins only). The secret is in the payload and nowhere else.' })
  async createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreateApiTokenPayload> {
    const admin = ctx.viewer.requireRole(Role.ADMIN);
    return new ApiTokenService(ctx.em).create({ type: 'USER', id: admin.id }, input);
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes an API token at once (admins only). Revoking twice gives CONFLICT.' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RevokeApiTokenPayload> {
    ctx.viewer.requireRole(Role.ADMIN);
    return { token: await new ApiTokenService(ctx.em).revoke(ctx.viewer.actor, id) };
  }
}
