import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertAllowed, assertMayOverseeTeam, mayManageProgram, mayReadPerson, personFacts, requireRole } from '../kernel/access.ts';
import { isUuid } from '../kernel/ids.ts';
import type { Context } from '../kernel/context.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { Role } from '../kernel/roles.ts';
import { Team } from '../people/team.entity.ts';
import { User } from '../people/user.entity.ts';
import { Queue } from '../queues/queue.entity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { Certification, TrainingAssignment, TrainingModule, TrainingProgram } from './training.entities.ts';
import {
  AssignTrainingInput,
  AssignTrainingPayload,
  AttemptQuestionType,
  CreateTrainingProgramInput,
  SubmitTrainingAttemptInput,
  TrainingAttemptType,
  TrainingProgressType,
} from './training.inputs.ts';
import { renderMarkdown } from '../kernel/markdown.ts';
import { type TrainingProgress, TrainingService } from './training.service.ts';
import { type AttemptView, attemptView } from './training.view.ts';

@Resolver(() => TrainingProgram)
export class TrainingResolver {
  @Query(() => [TrainingProgram], { description: 'The training catalogue, by title (anyone signed in).' })
  async trainingPrograms(@Arg('includeArchived', { defaultValue: false }) includeArchived: boolean, @Ctx() ctx: Context): Promise<TrainingProgram[]> {
    ctx.viewer.requireUser();
    return new TrainingService(ctx.em).programs(includeArchived);
  }

  @Query(() => TrainingProgram, { description: 'One program, with its modules to read.' })
  async trainingProgram(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TrainingProgram> {
    ctx.viewer.requireUser();
    return new TrainingService(ctx.em).program(id);
  }

  @Query(() => TrainingAttemptType, { description: 'One of your attempts: open to answer, or graded.' })
  async trainingAttempt(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AttemptView> {
    const user = ctx.viewer.requireUser();
    const service = new TrainingService(ctx.em);
    const attempt = await service.attempt({ type: 'USER', id: user.id }, id);
    return attemptView(attempt, await service.questionsOf(attempt));
  }

  @Query(() => [TrainingProgressType], { description: 'Your standing in every program of the catalogue.' })
  async myTraining(@Ctx() ctx: Context): Promise<TrainingProgress[]> {
    const user = ctx.viewer.requireUser();
    const service = new TrainingService(ctx.em);
    return service.progress([user.id], await service.programs(false));
  }

  @Query(() => [TrainingProgressType], {
    description: 'The progress board: each active member of the team in each live program (or one). Managers read their own team; admins any.',
  })
  async trainingProgress(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('programId', () => ID, { nullable: true }) programId: string | null,
    @Ctx() ctx: Context,
  ): Promise<TrainingProgress[]> {
    requireRole(ctx.viewer, 'teamLeads');
    if (!isUuid(teamId)) throw new NotFoundError('Team');
    assertMayOverseeTeam(ctx.viewer, teamId, 'Managers follow their own team’s training.');
    const service = new TrainingService(ctx.em);
    const programs = programId ? [await service.program(programId)] : await service.programs(false);
    const members = await ctx.em.find(User, { team: teamId, active: true }, { orderBy: { displayName: 'asc' } });
    return service.progress(
      members.map((member) => member.id),
      programs,
    );
  }

  @Query(() => [Certification], { description: 'Your certifications that are still valid, soonest to expire first.' })
  async myCertifications(@Ctx() ctx: Context): Promise<Certification[]> {
    const user = ctx.viewer.requireUser();
    return new TrainingService(ctx.em).validCertifications(user.id);
  }

  @Mutation(() => TrainingProgram, { description: 'Writes a new program: modules, assessment, pass mark, attempts, and the certification it grants (managers, admins).' })
  async createTrainingProgram(@Arg('input') input: CreateTrainingProgramInput, @Ctx() ctx: Context): Promise<TrainingProgram> {
    const user = requireRole(ctx.viewer, 'teamLeads');
    return new TrainingService(ctx.em).create({ type: 'USER', id: user.id }, input);
  }

  @Mutation(() => TrainingProgram, {
    description: 'Takes a program out of the catalogue; certifications it granted stay valid. A program belongs to the team of the manager who wrote it: that team’s managers and admins archive it.',
  })
  async archiveTrainingProgram(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TrainingProgram> {
    const user = requireRole(ctx.viewer, 'teamLeads');
    const program = await new TrainingService(ctx.em).program(id);
    const author = await ctx.loaders.user.load(program.createdBy.id);
    assertAllowed(ctx.viewer, mayManageProgram(ctx.viewer, { ownerTeamId: author?.team?.id ?? null }), 'This program belongs to another team.');
    return new TrainingService(ctx.em).archive({ type: 'USER', id: user.id }, program.id);
  }

  @Mutation(() => TrainingAttemptType, { description: 'Starts an attempt at the assessment (or returns your open one). ATTEMPT_LIMIT_REACHED when none is left.' })
  async startTrainingAttempt(@Arg('programId', () => ID) programId: string, @Ctx() ctx: Context): Promise<AttemptView> {
    const user = ctx.viewer.requireUser();
    const service = new TrainingService(ctx.em);
    const attempt = await service.startAttempt({ type: 'USER', id: user.id }, programId);
    return attemptView(attempt, await service.questionsOf(attempt));
  }

  @Mutation(() => TrainingAttemptType, { description: 'Sends your answers to be graded; a pass grants the program’s certification.' })
  async submitTrainingAttempt(@Arg('input') input: SubmitTrainingAttemptInput, @Ctx() ctx: Context): Promise<AttemptView> {
    const user = ctx.viewer.requireUser();
    const service = new TrainingService(ctx.em);
    const attempt = await service.submitAttempt({ type: 'USER', id: user.id }, input.attemptId, input.answers);
    return attemptView(attempt, await service.questionsOf(attempt));
  }

  @Mutation(() => AssignTrainingPayload, { description: 'Assigns a program to people and/or a team’s evaluators, due by a date. Managers assign within their team; admins anyone.' })
  async assignTraining(@Arg('input') input: AssignTrainingInput, @Ctx() ctx: Context): Promise<AssignTrainingPayload> {
    const user = requireRole(ctx.viewer, 'teamLeads');
    const ids = new Set(input.userIds ?? []);
    if (input.teamId) {
      if (!isUuid(input.teamId) || !(await ctx.em.findOne(Team, { id: input.teamId }))) throw new NotFoundError('Team');
      assertMayOverseeTeam(ctx.viewer, input.teamId, 'Managers assign training within their own team.');
      const evaluators = await ctx.em.find(User, { team: input.teamId, active: true, roles: { $contains: [Role.EVALUATOR] } });
      for (const evaluator of evaluators) ids.add(evaluator.id);
    }
    if (ids.size === 0) throw new NotFoundError('Nobody to assign it to');
    const people = await ctx.em.find(User, { id: { $in: [...ids].filter(isUuid) }, active: true }, { populate: ['team'] });
    if (people.length !== ids.size) throw new NotFoundError('One of the people');
    for (const person of people) {
      assertMayOverseeTeam(ctx.viewer, person.team?.id, 'Managers assign training within their own team.');
    }
    return { assignments: await new TrainingService(ctx.em).assign({ type: 'USER', id: user.id }, input.programId, [...ids], input.dueAt) };
  }

  @FieldResolver(() => [TrainingModule], { description: 'The modules, in reading order.' })
  async modules(@Root() program: TrainingProgram, @Ctx() ctx: Context): Promise<TrainingModule[]> {
    return new TrainingService(ctx.em).modules(program.id);
  }

  @FieldResolver(() => Int, { description: 'Questions in the assessment.' })
  async questionCount(@Root() program: TrainingProgram, @Ctx() ctx: Context): Promise<number> {
    return new TrainingService(ctx.em).questionCount(program.id);
  }

  @FieldResolver(() => TrainingProgressType, { nullable: true, description: 'Where you stand in it (null for an API token).' })
  async myProgress(@Root() program: TrainingProgram, @Ctx() ctx: Context): Promise<TrainingProgress | null> {
    if (!ctx.viewer.user) return null;
    const [progress] = await new TrainingService(ctx.em).progress([ctx.viewer.user.id], [program]);
    return progress ?? null;
  }
}

@Resolver(() => TrainingModule)
export class TrainingModuleResolver {
  @FieldResolver(() => String, { description: 'The material as sanitised HTML: formatting, lists, tables and links only.' })
  html(@Root() module: TrainingModule): string {
    return renderMarkdown(module.body);
  }
}

@Resolver(() => AttemptQuestionType)
export class AttemptQuestionResolver {
  @FieldResolver(() => Subject, { nullable: true, description: 'Practice case: what to decide.' })
  async subject(@Root() question: AttemptView['questions'][number], @Ctx() ctx: Context): Promise<Subject | null> {
    return question.subjectId ? ctx.loaders.subject.load(question.subjectId) : null;
  }
}

@Resolver(() => TrainingAttemptType)
export class TrainingAttemptResolver {
  @FieldResolver(() => TrainingProgram, { description: 'The program.' })
  async program(@Root() attempt: AttemptView, @Ctx() ctx: Context): Promise<TrainingProgram> {
    return new TrainingService(ctx.em).program(attempt.programId);
  }
}

@Resolver(() => TrainingProgressType)
export class TrainingProgressResolver {
  @FieldResolver(() => User)
  async user(@Root() progress: TrainingProgress, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(progress.userId))!;
  }

  @FieldResolver(() => TrainingProgram)
  async program(@Root() progress: TrainingProgress, @Ctx() ctx: Context): Promise<TrainingProgram> {
    return new TrainingService(ctx.em).program(progress.programId);
  }
}

@Resolver(() => Certification)
export class CertificationResolver {
  @FieldResolver(() => TrainingProgram, { description: 'The program that granted it.' })
  async program(@Root() certification: Certification, @Ctx() ctx: Context): Promise<TrainingProgram> {
    return new TrainingService(ctx.em).program(certification.program.id);
  }
}

@Resolver(() => TrainingAssignment)
export class TrainingAssignmentResolver {
  @FieldResolver(() => User, { description: 'Who it is assigned to.' })
  async user(@Root() assignment: TrainingAssignment, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(assignment.user.id))!;
  }

  @FieldResolver(() => TrainingProgram)
  async program(@Root() assignment: TrainingAssignment, @Ctx() ctx: Context): Promise<TrainingProgram> {
    return new TrainingService(ctx.em).program(assignment.program.id);
  }
}

@Resolver(() => Queue)
export class QueueCertificationResolver {
  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether you hold the certification the queue needs; null when it needs none.' })
  async viewerCertified(@Root() queue: Queue, @Ctx() ctx: Context): Promise<boolean | null> {
    if (!queue.requiredCertification) return null;
    if (!ctx.viewer.user) return false;
    const valid = await new TrainingService(ctx.em).validCertifications(ctx.viewer.user.id);
    return valid.some((certification) => certification.code === queue.requiredCertification);
  }
}

@Resolver(() => User)
export class UserCertificationResolver {
  @FieldResolver(() => [Certification], {
    nullable: true,
    description: 'Valid certifications, soonest to expire first: for the person, their team’s managers and admins. Null for anyone else, so asking for it never fails the rest of the answer.',
  })
  async certifications(@Root() user: User, @Ctx() ctx: Context): Promise<Certification[] | null> {
    if (!mayReadPerson(ctx.viewer, personFacts(user))) return null;
    return new TrainingService(ctx.em).validCertifications(user.id);
  }
}
