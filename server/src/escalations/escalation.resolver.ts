import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { assertAllowed, assertMayReadPerson, holdsRole, mayReadEscalation, personFacts, requireRole, requireSignedIn, teamScope } from '../kernel/access.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import { isUuid } from '../kernel/ids.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { Decision } from '../decisions/decision.entity.ts';
import { PageArgs } from '../kernel/connection.ts';
import type { Context } from '../kernel/context.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { pageComplexity } from '../kernel/limits.ts';
import { type TopicPayloads, where } from '../kernel/pubsub.ts';
import { User } from '../people/user.entity.ts';
import { Escalation, EscalationMessage, type EscalationStatus, EscalationTier } from './escalation.entities.ts';
import {
  ClaimNextEscalationPayload,
  EscalateCaseInput,
  EscalateCasePayload,
  EscalationChange,
  EscalationConnection,
  EscalationFilterInput,
  EscalationMessagePosted,
  EscalationPayload,
  EscalationPrecisionType,
  PostEscalationMessagePayload,
  ResolveEscalationInput,
  ResolveEscalationPayload,
} from './escalation.inputs.ts';
import { QualityGrouping, QualityMetricsService } from '../quality/metrics.service.ts';
import { type EscalationPrecision, EscalationService, escalationLeaseMs } from './escalation.service.ts';

async function assertCanReadEscalation(ctx: Context, escalation: Escalation): Promise<void> {
  requireSignedIn(ctx.viewer);
  const reviewCase = await ctx.loaders.reviewCase.load(escalation.case.id);
  const queue = await ctx.loaders.queue.load(reviewCase!.queue.id);
  const allowed = mayReadEscalation(ctx.viewer, { raisedById: escalation.raisedBy.id, queueTeamId: queue!.team.id });
  assertAllowed(ctx.viewer, allowed, holdsRole(ctx.viewer, 'escalationDesk') ? 'Managers read their own team’s escalations.' : 'You may read only the escalations you raised.');
}

@Resolver(() => Escalation)
export class EscalationResolver {
  @Query(() => [EscalationTier], { description: 'The specialist tiers, shortest SLA first.' })
  async escalationTiers(@Ctx() ctx: Context): Promise<EscalationTier[]> {
    ctx.viewer.requireUser();
    return new EscalationService(ctx.em).tiers();
  }

  @Query(() => EscalationConnection, { description: 'Escalations, soonest due first (specialists, QA, managers, admins).', complexity: pageComplexity })
  async escalations(
    @Args() page: PageArgs,
    @Arg('filter', () => EscalationFilterInput, { nullable: true }) filter: EscalationFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<PageResult<Escalation>> {
    requireRole(ctx.viewer, 'escalationDesk');
    return new EscalationService(ctx.em).list({ ...filter, teamId: teamScope(ctx.viewer) }, page);
  }

  @Query(() => [User], { description: 'The active specialists, by name, for sending an escalation to one of them (whoever escalates).' })
  async escalationSpecialists(@Ctx() ctx: Context): Promise<User[]> {
    if (!holdsRole(ctx.viewer, 'reviewers')) requireRole(ctx.viewer, 'escalationDesk');
    return new EscalationService(ctx.em).specialists();
  }

  @Query(() => Escalation, { description: 'One escalation: for the evaluator who raised it, specialists, QA, managers and admins.' })
  async escalation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Escalation> {
    ctx.viewer.requireUser();
    const found = await new EscalationService(ctx.em).find(id);
    await assertCanReadEscalation(ctx, found);
    return found;
  }

  @Query(() => EscalationPrecisionType, {
    description: 'Of an evaluator’s discretionary escalations raised in [from, to), the share specialists confirmed were needed (compulsory ones are counted apart). Evaluators see their own, managers their team, admins everyone.',
  })
  async escalationPrecision(@Arg('userId', () => ID) userId: string, @Arg('from') from: Date, @Arg('to') to: Date, @Ctx() ctx: Context): Promise<EscalationPrecision> {
    requireSignedIn(ctx.viewer);
    const target = isUuid(userId) ? await ctx.em.findOne(User, { id: userId }) : null;
    if (!target) throw new NotFoundError('User');
    assertMayReadPerson(ctx.viewer, personFacts(target));
    const [measured] = await new QualityMetricsService(ctx.em).measure({ from, to, evaluatorId: target.id }, QualityGrouping.ALL);
    return {
      userId: target.id,
      from,
      to,
      raised: measured!.escalationsRaised,
      compulsory: measured!.escalationsCompulsory,
      resolved: measured!.escalationsResolved,
      confirmed: measured!.escalationsConfirmed,
      precision: measured!.escalationsResolved ? measured!.escalationsConfirmed / measured!.escalationsResolved : null,
    };
  }

  @Mutation(() => EscalateCasePayload, { description: 'Sends the case you hold to a specialist tier. FORBIDDEN when you do not hold it, LEASE_EXPIRED after your lease ran out.' })
  async escalateCase(@Arg('input') input: EscalateCaseInput, @Ctx() ctx: Context): Promise<EscalateCasePayload> {
    const user = requireRole(ctx.viewer, 'reviewers');
    return new EscalationService(ctx.em).escalate({ type: 'USER', id: user.id }, input);
  }

  @Mutation(() => ClaimNextEscalationPayload, { description: 'Leases you (a specialist) the most urgent escalation of the tier, or gives back the one you hold there.' })
  async claimNextEscalation(@Arg('tierCode') tierCode: string, @Ctx() ctx: Context): Promise<ClaimNextEscalationPayload> {
    const user = requireRole(ctx.viewer, 'specialists');
    return { escalation: await new EscalationService(ctx.em).claimNext({ type: 'USER', id: user.id }, tierCode) };
  }

  @Mutation(() => EscalationPayload, { description: 'Keeps the escalation you hold past your lease, with a reason; its SLA keeps running.' })
  async holdEscalation(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Context): Promise<EscalationPayload> {
    const user = requireRole(ctx.viewer, 'specialists');
    return { escalation: await new EscalationService(ctx.em).hold({ type: 'USER', id: user.id }, id, reason) };
  }

  @Mutation(() => EscalationPayload, { description: 'Extends your claim on the escalation you are working on. LEASE_EXPIRED once it has run out.' })
  async heartbeatEscalation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EscalationPayload> {
    const user = requireRole(ctx.viewer, 'specialists');
    return { escalation: await new EscalationService(ctx.em).heartbeat({ type: 'USER', id: user.id }, id) };
  }

  @Mutation(() => EscalationPayload, { description: 'Gives the escalation you hold back to its tier.' })
  async releaseEscalation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<EscalationPayload> {
    const user = requireRole(ctx.viewer, 'specialists');
    return { escalation: await new EscalationService(ctx.em).release({ type: 'USER', id: user.id }, id) };
  }

  @Mutation(() => PostEscalationMessagePayload, { description: 'Adds a message to an escalation’s thread (whoever may read the escalation).' })
  async postEscalationMessage(@Arg('escalationId', () => ID) escalationId: string, @Arg('body') body: string, @Ctx() ctx: Context): Promise<PostEscalationMessagePayload> {
    const user = ctx.viewer.requireUser();
    const service = new EscalationService(ctx.em);
    await assertCanReadEscalation(ctx, await service.find(escalationId));
    return { message: await service.postMessage({ type: 'USER', id: user.id }, escalationId, body) };
  }

  @Mutation(() => ResolveEscalationPayload, { description: 'Answers the escalation you hold: records the decision, resolves the case, and notifies the evaluator who raised it.' })
  async resolveEscalation(@Arg('input') input: ResolveEscalationInput, @Ctx() ctx: Context): Promise<ResolveEscalationPayload> {
    const user = requireRole(ctx.viewer, 'specialists');
    return new EscalationService(ctx.em).resolve({ type: 'USER', id: user.id }, input);
  }

  @FieldResolver(() => ReviewCase, { description: 'The escalated case.' })
  async case(@Root() escalation: Escalation, @Ctx() ctx: Context): Promise<ReviewCase> {
    return (await ctx.loaders.reviewCase.load(escalation.case.id))!;
  }

  @FieldResolver(() => Int, {
    description: 'How long a specialist’s claim on it lasts, and how far each heartbeatEscalation extends it, in milliseconds; a client heartbeats well within it.',
  })
  leaseMs(): number {
    return escalationLeaseMs;
  }

  @FieldResolver(() => EscalationTier, { description: 'The tier it is routed to.' })
  async tier(@Root() escalation: Escalation, @Ctx() ctx: Context): Promise<EscalationTier> {
    return ctx.em.findOneOrFail(EscalationTier, { code: escalation.tier.code });
  }

  @FieldResolver(() => User, { description: 'The evaluator who raised it.' })
  async raisedBy(@Root() escalation: Escalation, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(escalation.raisedBy.id))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The specialist it was sent to by name, if any.' })
  async specialist(@Root() escalation: Escalation, @Ctx() ctx: Context): Promise<User | null> {
    return escalation.specialist ? ctx.loaders.user.load(escalation.specialist.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The specialist working it (claimed or on hold).' })
  async assignee(@Root() escalation: Escalation, @Ctx() ctx: Context): Promise<User | null> {
    return escalation.assignee ? ctx.loaders.user.load(escalation.assignee.id) : null;
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'The specialist’s decision, once resolved.' })
  async resolution(@Root() escalation: Escalation, @Ctx() ctx: Context): Promise<Decision | null> {
    return escalation.resolution ? ctx.loaders.decision.load(escalation.resolution.id) : null;
  }

  @FieldResolver(() => [EscalationMessage], { description: 'The thread, oldest first.' })
  async messages(@Root() escalation: Escalation, @Ctx() ctx: Context): Promise<EscalationMessage[]> {
    return new EscalationService(ctx.em).messages(escalation.id);
  }

  @Subscription(() => EscalationChange, {
    description: 'Each escalation raised, claimed, held, released or resolved, for the desk (managers hear their own team’s).',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      requireRole(ctx.viewer, 'escalationDesk');
      const teamId = teamScope(ctx.viewer);
      return where(ctx.pubSub.subscribeTo('ESCALATION_CHANGED'), (change) => teamId === null || change.teamId === teamId);
    },
  })
  escalationChanged(@Root() change: TopicPayloads['ESCALATION_CHANGED']): EscalationChange {
    return { escalationId: change.escalationId, status: change.status as EscalationStatus };
  }

  @Subscription(() => EscalationMessagePosted, {
    description: 'Each message posted to the escalation’s thread (whoever may read the escalation).',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const found = await new EscalationService(ctx.em).find(args.escalationId as string);
      await assertCanReadEscalation(ctx, found);
      return where(ctx.pubSub.subscribeTo('ESCALATION_MESSAGE_POSTED'), (posted) => posted.escalationId === found.id);
    },
  })
  escalationMessagePosted(@Arg('escalationId', () => ID) _escalationId: string, @Root() posted: TopicPayloads['ESCALATION_MESSAGE_POSTED']): EscalationMessagePosted {
    return posted;
  }
}

@Resolver(() => EscalationMessage)
export class EscalationMessageResolver {
  @FieldResolver(() => User, { description: 'Who wrote it.' })
  async author(@Root() message: EscalationMessage, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(message.author.id))!;
  }
}
