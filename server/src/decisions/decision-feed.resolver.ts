import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { assertAllowed, mayReadDecisionFeed } from '../kernel/access.ts';
import { coalesced } from '../kernel/coalesced.ts';
import type { Context } from '../kernel/context.ts';
import { where } from '../kernel/pubsub.ts';
import { CaseStatus } from '../cases/case-status.ts';
import { Subject } from '../subjects/subject.entity.ts';
import { DecisionFeedService, type DecisionEvent, type DecisionEventPage } from './decision-feed.service.ts';
import { DecisionEventFilterInput, DecisionEventPageType, DecisionEventType } from './decision-feed.types.ts';

const refusal = 'The decision feed is for DECISIONS_READ tokens and admins.';

/** Wake-ups per follower: a busy floor resolves hundreds of cases a second; one read covers them all. */
const wakeUpWindowMs = 100;

@Resolver()
export class DecisionFeedResolver {
  @Query(() => DecisionEventPageType, {
    description:
      'The decision feed: every case outcome (first outcomes, QA overrides, adjudications, escalation resolutions, appeal outcomes) in one total order, from `after` (the start when null). Store `endCursor` and pass it next time to get each event exactly once, across restarts and instances. DECISIONS_READ tokens and admins.',
  })
  async decisionEvents(
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most 1000.' }) first: number,
    @Arg('filter', () => DecisionEventFilterInput, { nullable: true }) filter: DecisionEventFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<DecisionEventPage> {
    assertAllowed(ctx.viewer, mayReadDecisionFeed(ctx.viewer), refusal);
    return new DecisionFeedService(ctx.em).page(after, first, filter ?? {});
  }

  @Subscription(() => DecisionEventType, {
    description: 'The decision feed live: every event after `after` (the start when null) in feed order, then each new one as it is recorded. Resume a dropped subscription from the last cursor received. DECISIONS_READ tokens and admins.',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      assertAllowed(ctx.viewer, mayReadDecisionFeed(ctx.viewer), refusal);
      const resolved = where(ctx.pubSub.subscribeTo('CASE_CHANGED'), (change) => change.status === CaseStatus.RESOLVED);
      return new DecisionFeedService(ctx.em).follow(args.after as string | null, (args.filter as DecisionEventFilterInput | null) ?? {}, coalesced(resolved, wakeUpWindowMs, () => true));
    },
  })
  decisionEventAppended(
    @Arg('after', () => String, { nullable: true }) _after: string | null,
    @Arg('filter', () => DecisionEventFilterInput, { nullable: true }) _filter: DecisionEventFilterInput | null,
    @Root() event: DecisionEvent,
  ): DecisionEvent {
    return event;
  }
}

/** A subject's outcomes, for whoever reads the case it is the subject of. */
@Resolver(() => Subject)
export class SubjectOutcomesResolver {
  @FieldResolver(() => [DecisionEventType], { description: 'The outcomes recorded on its cases, newest first (at most `first`, 100): for an account, its history of actions, reversals included.' })
  outcomes(@Root() subject: Subject, @Arg('first', () => Int, { defaultValue: 50 }) first: number, @Ctx() ctx: Context): Promise<DecisionEvent[]> {
    return new DecisionFeedService(ctx.em).ofSubject(subject.id, first);
  }
}
