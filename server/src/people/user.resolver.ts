import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertMayOverseeTeam, assertMayReadPerson, holdsRole, personFacts, requireRole, requireSignedIn } from '../kernel/access.ts';
import { PageArgs } from '../kernel/connection.ts';
import { pageComplexity } from '../kernel/limits.ts';
import type { Context } from '../kernel/context.ts';
import { ForbiddenError } from '../kernel/errors.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { PeopleService } from './people.service.ts';
import {
  ChangeMyPasswordInput,
  ChangeMyPasswordPayload,
  CreateUserInput,
  CreateUserPayload,
  UpdateMyProfileInput,
  UpdateMyProfilePayload,
  UserConnection,
  UserFilterInput,
} from './people.inputs.ts';
import { Team } from './team.entity.ts';
import { User } from './user.entity.ts';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The signed-in person.' })
  async me(@Ctx() ctx: Context): Promise<User> {
    return new PeopleService(ctx.em).findUser(ctx.viewer.requireUser().id);
  }

  @Query(() => User, { description: 'One person. Admins read anyone, managers their own team, everyone else only themselves.' })
  async user(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    requireSignedIn(ctx.viewer);
    const user = await new PeopleService(ctx.em).findUser(id);
    assertMayReadPerson(ctx.viewer, personFacts(user));
    return user;
  }

  @Query(() => UserConnection, { description: 'People by name. Admins and QA analysts list anyone; managers list their own team.', complexity: pageComplexity })
  async users(
    @Args() page: PageArgs,
    @Arg('filter', () => UserFilterInput, { nullable: true }) filter: UserFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<PageResult<User>> {
    const viewer = requireRole(ctx.viewer, 'peopleFinders');
    let teamId = filter?.teamId ?? null;
    if (!holdsRole(ctx.viewer, 'crossTeamAnalysts')) {
      if (!viewer.teamId) throw new ForbiddenError('You lead no team.');
      if (teamId) assertMayOverseeTeam(ctx.viewer, teamId, 'Managers list only their own team.');
      teamId = viewer.teamId;
    }
    return new PeopleService(ctx.em).listUsers({ teamId, role: filter?.role, search: filter?.search }, page);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team the person belongs to, if any.' })
  async team(@Root() user: User, @Ctx() ctx: Context): Promise<Team | null> {
    return user.team ? ctx.loaders.team.load(user.team.id) : null;
  }

  @Mutation(() => UpdateMyProfilePayload, { description: 'Changes your own profile.' })
  async updateMyProfile(@Arg('input') input: UpdateMyProfileInput, @Ctx() ctx: Context): Promise<UpdateMyProfilePayload> {
    const me = ctx.viewer.requireUser();
    return { user: await new PeopleService(ctx.em).updateProfile(ctx.viewer.actor, me.id, input) };
  }

  @Mutation(() => ChangeMyPasswordPayload, { description: 'Changes your own password; a wrong current password gives UNAUTHENTICATED.' })
  async changeMyPassword(@Arg('input') input: ChangeMyPasswordInput, @Ctx() ctx: Context): Promise<ChangeMyPasswordPayload> {
    const me = ctx.viewer.requireUser();
    const people = new PeopleService(ctx.em);
    await people.changePassword(ctx.viewer.actor, me.id, input.currentPassword, input.newPassword);
    return { user: await people.findUser(me.id) };
  }

  @Mutation(() => CreateUserPayload, { description: 'Creates a person (admins only). A used email gives CONFLICT.' })
  async createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<CreateUserPayload> {
    requireRole(ctx.viewer, 'admins');
    return { user: await new PeopleService(ctx.em).createUser(ctx.viewer.actor, input) };
  }
}
