import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertAllowed, mayReadDecisionFeed } from '../kernel/access.ts';
import type { Context } from '../kernel/context.ts';
import { Domain } from '../policies/severity.ts';
import { EnforcementService, type EnforcementChangePage, type EnforcementListPage, type StatementOfReasonsPage } from './enforcement.service.ts';
import type { StatementOfReasons } from './statement-of-reasons.ts';
import { familyOfSubject, QueryFamily } from '../subjects/query-family.types.ts';
import { EnforcementChangePageType, EnforcementEntryType, EnforcementListPageType, StatementOfReasonsPageType, StatementOfReasonsType } from './enforcement.types.ts';

const refusal = 'Enforcement lists are for DECISIONS_READ tokens and admins.';

@Resolver()
export class EnforcementResolver {
  @Query(() => EnforcementListPageType, {
    description:
      'What a domain enforces now (search: queries, suggestions and results; account: accounts), paged from `after` (the start when null). Page to the end, keep `version`, then follow `enforcementChanges`. DECISIONS_READ tokens and admins.',
  })
  async enforcementList(
    @Arg('domain', () => Domain) domain: Domain,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 500, description: 'At most 1000.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<EnforcementListPage> {
    assertAllowed(ctx.viewer, mayReadDecisionFeed(ctx.viewer), refusal);
    return new EnforcementService(ctx.em).list(domain, after, first);
  }

  @Query(() => EnforcementChangePageType, {
    description:
      'What changed in a domain’s enforcement list since `since` (a version from `enforcementList` or an earlier call; the start when null): each changed subject once, added (or replaced) or removed. DECISIONS_READ tokens and admins.',
  })
  async enforcementChanges(
    @Arg('domain', () => Domain) domain: Domain,
    @Arg('since', () => String, { nullable: true }) since: string | null,
    @Arg('first', () => Int, { defaultValue: 500, description: 'At most 1000.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<EnforcementChangePage> {
    assertAllowed(ctx.viewer, mayReadDecisionFeed(ctx.viewer), refusal);
    return new EnforcementService(ctx.em).changes(domain, since, first);
  }

  @Query(() => StatementOfReasonsType, { description: 'The statement of reasons (DSA Art. 17) of one enforcing outcome, by its decision. DECISIONS_READ tokens and admins.' })
  async statementOfReasons(@Arg('decisionId', () => ID) decisionId: string, @Ctx() ctx: Context): Promise<StatementOfReasons> {
    assertAllowed(ctx.viewer, mayReadDecisionFeed(ctx.viewer), refusal);
    return new EnforcementService(ctx.em).statement(decisionId);
  }

  @Query(() => StatementOfReasonsPageType, {
    description: 'The statements of reasons of the enforcing outcomes decided in [from, to) (at most 366 days), oldest first; as CSV at `/statements-of-reasons.csv?from=…&to=…`. DECISIONS_READ tokens and admins.',
  })
  async statementsOfReasons(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most 1000.' }) first: number,
    @Ctx() ctx: Context,
  ): Promise<StatementOfReasonsPage> {
    assertAllowed(ctx.viewer, mayReadDecisionFeed(ctx.viewer), refusal);
    return new EnforcementService(ctx.em).statements(from, to, after, first);
  }
}

@Resolver(() => EnforcementEntryType)
export class EnforcementEntryFamilyResolver {
  @FieldResolver(() => QueryFamily, {
    nullable: true,
    description: 'For a search query or suggestion: its query family. The entry covers every variant (`family.variants`; a variant reported later joins it, and the entry is handed out again at a new version when its queue applies the decision by itself). A variant confirmed in a case of its own has its own entry too.',
  })
  async family(@Root() entry: EnforcementEntryType, @Ctx() ctx: Context): Promise<QueryFamily | null> {
    const subject = await ctx.loaders.subjectByKey.load(entry.subject.key);
    return subject ? familyOfSubject(subject) : null;
  }
}
