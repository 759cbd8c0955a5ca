import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ReviewCase } from '../cases/case.entity.ts';
import { assertAllowed, mayAppeal } from '../kernel/access.ts';
import type { Context } from '../kernel/context.ts';
import { Appeal } from './appeal.entity.ts';
import { AppealedOutcome, SubmitAppealInput, SubmitAppealPayload } from './appeal.inputs.ts';
import { AppealService } from './appeal.service.ts';

const refusal = 'Appeals come in through APPEALS_WRITE tokens (and admins).';

@Resolver(() => Appeal)
export class AppealResolver {
  @Mutation(() => SubmitAppealPayload, {
    description:
      'Appeals the outcome enforced on a subject, for its owner: opens a case in the appeals queue, decided by someone who had no part in the original decision. The outcome comes back on the decision feed and webhooks as APPEAL_OUTCOME. APPEALS_WRITE tokens and admins; retry with the same idempotencyKey.',
  })
  async submitAppeal(@Arg('input') input: SubmitAppealInput, @Ctx() ctx: Context): Promise<SubmitAppealPayload> {
    assertAllowed(ctx.viewer, mayAppeal(ctx.viewer), refusal);
    return { appeal: await new AppealService(ctx.em).submit(ctx.viewer.actor, input) };
  }

  @Query(() => Appeal, { description: 'An appeal and where it stands (APPEALS_WRITE tokens and admins).' })
  async appeal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Appeal> {
    assertAllowed(ctx.viewer, mayAppeal(ctx.viewer), refusal);
    return new AppealService(ctx.em).find(id);
  }

  @FieldResolver(() => ID, { description: 'The appeal’s own case, in the appeals queue.' })
  caseId(@Root() appeal: Appeal): string {
    return appeal.case.id;
  }

  @FieldResolver(() => ID, { description: 'The case whose outcome is appealed.' })
  appealedCaseId(@Root() appeal: Appeal): string {
    return appeal.appealedCase.id;
  }

  @FieldResolver(() => ID, { description: 'The decision whose outcome is appealed.' })
  appealedDecisionId(@Root() appeal: Appeal): string {
    return appeal.appealedDecision.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The appeal case’s decision, once made: the outcome now, on the feed as APPEAL_OUTCOME.' })
  outcomeDecisionId(@Root() appeal: Appeal): string | null {
    return appeal.outcomeDecision?.id ?? null;
  }

  @FieldResolver(() => AppealedOutcome, { description: 'What the appealed decision found and why.' })
  async appealedOutcome(@Root() appeal: Appeal, @Ctx() ctx: Context): Promise<AppealedOutcome> {
    const decision = (await ctx.loaders.decision.load(appeal.appealedDecision.id))!;
    return { verdict: decision.verdict, policyCodes: decision.policyCodes, action: decision.action, actionParams: decision.actionParams, rationale: decision.rationale, decidedAt: decision.createdAt };
  }
}

@Resolver(() => ReviewCase)
export class CaseAppealResolver {
  @FieldResolver(() => Appeal, { nullable: true, description: 'When the case is an appeal: the owner’s statement and the appealed outcome.' })
  appeal(@Root() reviewCase: ReviewCase, @Ctx() ctx: Context): Promise<Appeal | null> {
    return ctx.loaders.appealOfCase.load(reviewCase.id);
  }
}
