import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { assertMayOverseeTeam, requireRole } from '../kernel/access.ts';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { assertOverseesQueue } from '../queues/queue.access.ts';
import { CaseService } from '../cases/case.service.ts';
import type { Context } from '../kernel/context.ts';
import { TeamWellness } from './wellness.entities.ts';
import { type MyWellness, type TeamWellnessFigures, WellnessService } from './wellness.service.ts';
import { TeamWellnessFiguresType } from './wellness.types.ts';

@ObjectType('MyWellness', { description: 'Your wellness settings (never looser than your team’s) and today’s exposure.' })
class MyWellnessType implements MyWellness {
  @Field(() => Int, { description: 'Blur radius for sensitive content, in CSS pixels.' })
  blurPx!: number;

  @Field({ description: 'Sensitive media in greyscale.' })
  greyscale!: boolean;

  @Field({ description: 'Videos start muted.' })
  muteVideo!: boolean;

  @Field({ description: 'Today, in your site’s time zone (YYYY-MM-DD).' })
  day!: string;

  @Field(() => Int, { description: 'S0 and S1 cases you were handed today.' })
  severeToday!: number;

  @Field(() => Int, { description: 'Severe cases allowed between breaks.' })
  severeCap!: number;

  @Field(() => Int, { description: 'Severe cases left before the next enforced break.' })
  severeUntilBreak!: number;

  @Field(() => Int, { description: 'Blurred content you revealed today.' })
  reveals!: number;

  @Field(() => Date, { nullable: true, description: 'When your current break ends; claims are refused until then.' })
  breakEndsAt!: Date | null;

  @Field(() => [String], { description: 'Policy areas you stepped away from today.' })
  steppedAway!: string[];
}

@InputType({ description: 'Your display settings; each may only be stricter than your team’s.' })
class UpdateMyWellnessInput {
  @Field(() => Int, { nullable: true, description: 'Blur radius in pixels, at least the team’s.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(64)
  blurPx?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Greyscale; cannot be turned off when the team requires it.' })
  @IsOptional()
  @IsBoolean()
  greyscale?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Muted video; cannot be turned off when the team requires it.' })
  @IsOptional()
  @IsBoolean()
  muteVideo?: boolean | null;
}

@InputType({ description: 'A team’s wellness floor and limits; omitted fields stay.' })
class UpdateTeamWellnessInput extends UpdateMyWellnessInput {
  @Field(() => ID, { description: 'The team.' })
  teamId!: string;

  @Field(() => Int, { nullable: true, description: 'S0 and S1 cases between enforced breaks, 1 to 1000.' })
  @IsOptional()
  @IsInt()
  dailySevereCap?: number | null;

  @Field(() => Int, { nullable: true, description: 'Break length in minutes, 1 to 240.' })
  @IsOptional()
  @IsInt()
  breakMinutes?: number | null;
}

@ObjectType({ description: 'Your wellness after the change.' })
class MyWellnessPayload {
  @Field(() => MyWellnessType, { description: 'Settings and today’s figures.' })
  wellness!: MyWellness;
}

@ObjectType({ description: 'The team’s wellness settings after the change.' })
class UpdateTeamWellnessPayload {
  @Field(() => TeamWellness, { description: 'The settings.' })
  settings!: TeamWellness;
}

/** Strips nulls: GraphQL's "not given" and "null" both mean "leave as is" here. */
function given<T extends object>(input: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as never;
}

@Resolver()
export class WellnessResolver {
  @Query(() => MyWellnessType, { description: 'Your wellness settings and today’s exposure.' })
  async myWellness(@Ctx() ctx: Context): Promise<MyWellness> {
    return new WellnessService(ctx.em).mine(ctx.viewer.requireUser().id);
  }

  @Query(() => TeamWellnessFiguresType, { description: 'A team’s wellness today, as totals (its managers and admins).' })
  async teamWellness(@Arg('teamId', () => ID) teamId: string, @Ctx() ctx: Context): Promise<TeamWellnessFigures> {
    assertMayOverseeTeam(ctx.viewer, teamId, 'Only the team’s managers see its wellness figures.');
    return new WellnessService(ctx.em).teamFigures(teamId);
  }

  @Mutation(() => MyWellnessPayload, { description: 'Makes your display settings stricter. Looser than the team’s gives BAD_USER_INPUT.' })
  async updateMyWellness(@Arg('input') input: UpdateMyWellnessInput, @Ctx() ctx: Context): Promise<MyWellnessPayload> {
    const user = ctx.viewer.requireUser();
    const service = new WellnessService(ctx.em);
    await service.updateMine({ type: 'USER', id: user.id }, given(input));
    return { wellness: await service.mine(user.id) };
  }

  @Mutation(() => UpdateTeamWellnessPayload, { description: 'Sets a team’s wellness floor and limits (its managers and admins).' })
  async updateTeamWellness(@Arg('input') input: UpdateTeamWellnessInput, @Ctx() ctx: Context): Promise<UpdateTeamWellnessPayload> {
    requireRole(ctx.viewer, 'teamLeads');
    assertMayOverseeTeam(ctx.viewer, input.teamId);
    const { teamId, ...change } = input;
    return { settings: await new WellnessService(ctx.em).updateTeam(ctx.viewer.actor, teamId, given(change)) };
  }

  @Mutation(() => MyWellnessPayload, { description: 'Steps away from a policy area for the rest of your day: claims skip its cases.' })
  async stepAwayFromPolicy(@Arg('policyCode') policyCode: string, @Ctx() ctx: Context): Promise<MyWellnessPayload> {
    const user = ctx.viewer.requireUser();
    const service = new WellnessService(ctx.em);
    await service.stepAway({ type: 'USER', id: user.id }, policyCode);
    return { wellness: await service.mine(user.id) };
  }

  @Mutation(() => MyWellnessPayload, { description: 'Records that you revealed blurred content of the case you hold.' })
  async recordReveal(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<MyWellnessPayload> {
    const user = ctx.viewer.requireUser();
    const held = await new CaseService(ctx.em).findCase(caseId);
    // Everyone who may read the case counts its exposure: the holder, and the QA analysts, specialists and managers overseeing it.
    if (held.assignee?.id !== user.id) await assertOverseesQueue(ctx, held.queue.id);
    const service = new WellnessService(ctx.em);
    await service.recordReveal({ type: 'USER', id: user.id }, held.id);
    return { wellness: await service.mine(user.id) };
  }
}
