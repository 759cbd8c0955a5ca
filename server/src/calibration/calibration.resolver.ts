import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertAllowed, holdsRole, isAdmin, mayCalibrateWith, mayCloseCalibrationSession, mayReadCalibrationSession, personFacts, requireRole, requireSignedIn } from '../kernel/access.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { PageArgs } from '../kernel/connection.ts';
import type { Context } from '../kernel/context.ts';
import { pageComplexity } from '../kernel/limits.ts';
import { User } from '../people/user.entity.ts';
import { CalibrationLabel, CalibrationSession } from './calibration.entities.ts';
import {
  CalibrationCaseResult,
  CalibrationPairResult,
  CalibrationParticipantProgress,
  CalibrationParticipantResult,
  CalibrationResults,
  CalibrationSessionConnection,
  CalibrationSessionPayload,
  CreateCalibrationSessionInput,
  SubmitCalibrationLabelInput,
  SubmitCalibrationLabelPayload,
} from './calibration.inputs.ts';
import { CalibrationService, type ParticipantProgress } from './calibration.service.ts';
import type { CalibrationOutcome } from './calibration.results.ts';

async function assertCanReadSession(ctx: Context, session: CalibrationSession): Promise<void> {
  const user = requireSignedIn(ctx.viewer);
  const viewerTakesPart = await new CalibrationService(ctx.em).isParticipant(session.id, user.id);
  assertAllowed(ctx.viewer, mayReadCalibrationSession(ctx.viewer, { creator: personFacts(session.createdBy), viewerTakesPart }), 'You may read only the calibration sessions you run or take part in.');
}

@Resolver(() => CalibrationSession)
export class CalibrationResolver {
  @Query(() => CalibrationSession, { description: 'One calibration session: for its creator, participants, admins and managers of the creator’s team.' })
  async calibrationSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CalibrationSession> {
    ctx.viewer.requireUser();
    const session = await new CalibrationService(ctx.em).find(id);
    await assertCanReadSession(ctx, session);
    return session;
  }

  @Query(() => CalibrationSessionConnection, {
    description: 'Calibration sessions, newest first: the ones you created or take part in; managers also see their team’s, admins all.',
    complexity: pageComplexity,
  })
  async calibrationSessions(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<PageResult<CalibrationSession>> {
    const user = ctx.viewer.requireUser();
    const scope = { userId: user.id, managedTeamId: holdsRole(ctx.viewer, 'teamLeads') ? user.teamId : null, all: isAdmin(ctx.viewer) };
    return new CalibrationService(ctx.em).list(scope, page);
  }

  @Mutation(() => CalibrationSessionPayload, {
    description: 'Starts an OPEN calibration session (QA analysts and admins with anyone’s cases and people; managers with their own team’s cases and people).',
  })
  async createCalibrationSession(@Arg('input') input: CreateCalibrationSessionInput, @Ctx() ctx: Context): Promise<CalibrationSessionPayload> {
    const user = requireRole(ctx.viewer, 'calibrators');
    const mayUse = (facts: { caseTeamIds: readonly string[]; participantTeamIds: readonly (string | null)[] }) => mayCalibrateWith(ctx.viewer, facts);
    return { session: await new CalibrationService(ctx.em).create({ type: 'USER', id: user.id }, input, mayUse) };
  }

  @Mutation(() => SubmitCalibrationLabelPayload, {
    description: 'Records or replaces your label for a case of a session you take part in. It never acts on the case. CONFLICT once the session is closed.',
  })
  async submitCalibrationLabel(@Arg('input') input: SubmitCalibrationLabelInput, @Ctx() ctx: Context): Promise<SubmitCalibrationLabelPayload> {
    const user = ctx.viewer.requireUser();
    return { label: await new CalibrationService(ctx.em).submitLabel({ type: 'USER', id: user.id }, input) };
  }

  @Mutation(() => CalibrationSessionPayload, { description: 'Closes the session (its creator or an admin): labels freeze and the results appear. CONFLICT when already closed.' })
  async closeCalibrationSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CalibrationSessionPayload> {
    const user = ctx.viewer.requireUser();
    const service = new CalibrationService(ctx.em);
    const session = await service.find(id);
    assertAllowed(ctx.viewer, mayCloseCalibrationSession(ctx.viewer, { creatorId: session.createdBy.id }), 'Only the session’s creator or an admin closes it.');
    return { session: await service.close({ type: 'USER', id: user.id }, session.id) };
  }

  @FieldResolver(() => User, { description: 'Who created it.' })
  async createdBy(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(session.createdBy.id))!;
  }

  @FieldResolver(() => [ReviewCase], { description: 'The cases to label, in order. Participants read them here though they do not hold them.' })
  async cases(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<ReviewCase[]> {
    return new CalibrationService(ctx.em).cases(session.id);
  }

  @FieldResolver(() => [CalibrationParticipantProgress], { description: 'Who labels, in order, and how far each has got.' })
  async participants(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<ParticipantProgress[]> {
    return new CalibrationService(ctx.em).progress(session.id);
  }

  @FieldResolver(() => Int, { description: 'Labels submitted so far, by everyone. While the session is open this count is all anyone sees of other people’s labels.' })
  async labelCount(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<number> {
    return new CalibrationService(ctx.em).labelCount(session.id);
  }

  @FieldResolver(() => [CalibrationLabel], { description: 'Your own labels (empty unless you take part).' })
  async myLabels(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<CalibrationLabel[]> {
    if (!ctx.viewer.user) return [];
    return new CalibrationService(ctx.em).labelsOf(session.id, ctx.viewer.user.id);
  }

  @FieldResolver(() => CalibrationResults, { nullable: true, description: 'Agreement measures; null while the session is open.' })
  async results(@Root() session: CalibrationSession, @Ctx() ctx: Context): Promise<CalibrationOutcome | null> {
    return new CalibrationService(ctx.em).results(session);
  }
}

@Resolver(() => CalibrationLabel)
export class CalibrationLabelResolver {
  @FieldResolver(() => ID, { description: 'The case labelled.' })
  caseId(@Root() label: CalibrationLabel): string {
    return label.case.id;
  }
}

@Resolver(() => CalibrationCaseResult)
export class CalibrationCaseResultResolver {
  @FieldResolver(() => ReviewCase, { description: 'The case.' })
  async case(@Root() result: CalibrationCaseResult, @Ctx() ctx: Context): Promise<ReviewCase> {
    return (await ctx.loaders.reviewCase.load(result.caseId))!;
  }
}

@Resolver(() => CalibrationPairResult)
export class CalibrationPairResultResolver {
  @FieldResolver(() => User, { description: 'One participant (the earlier in session order).' })
  async first(@Root() pair: CalibrationPairResult, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(pair.firstId))!;
  }

  @FieldResolver(() => User, { description: 'The other participant.' })
  async second(@Root() pair: CalibrationPairResult, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(pair.secondId))!;
  }
}

@Resolver(() => CalibrationParticipantResult)
export class CalibrationParticipantResultResolver {
  @FieldResolver(() => User, { description: 'The participant.' })
  async participant(@Root() result: CalibrationParticipantResult, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(result.participantId))!;
  }
}
