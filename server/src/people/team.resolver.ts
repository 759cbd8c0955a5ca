import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertAllowed, mayOverseeTeam, mayReadTeam, requireRole, requireSignedIn } from '../kernel/access.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { PageArgs } from '../kernel/connection.ts';
import { pageComplexity } from '../kernel/limits.ts';
import type { Context } from '../kernel/context.ts';
import { PeopleService } from './people.service.ts';
import { TeamConnection, UserConnection } from './people.inputs.ts';
import { Site } from './site.entity.ts';
import { Team } from './team.entity.ts';
import type { User } from './user.entity.ts';

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => Team, { description: 'One team. Members read their own team; admins read any.' })
  async team(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Team> {
    requireSignedIn(ctx.viewer);
    assertAllowed(ctx.viewer, mayReadTeam(ctx.viewer, id), 'You may read only your own team.');
    return new PeopleService(ctx.em).findTeam(id);
  }

  @Query(() => TeamConnection, { description: 'All teams by name (admins only).', complexity: pageComplexity })
  async teams(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<PageResult<Team>> {
    requireRole(ctx.viewer, 'admins');
    return new PeopleService(ctx.em).listTeams(page);
  }

  @FieldResolver(() => Site, { description: 'Where the team works.' })
  async site(@Root() team: Team, @Ctx() ctx: Context): Promise<Site> {
    const site = await ctx.loaders.site.load(team.site.id);
    if (!site) throw new Error(`team ${team.id} has no site`);
    return site;
  }

  @FieldResolver(() => UserConnection, {
    nullable: true,
    description: "The team's people by name: for its managers and admins. Null for anyone else, so asking for it never fails the rest of the answer.",
    complexity: pageComplexity,
  })
  async members(@Root() team: Team, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<PageResult<User> | null> {
    if (!mayOverseeTeam(ctx.viewer, team.id)) return null;
    return new PeopleService(ctx.em).listUsers({ teamId: team.id }, page);
  }
}
