import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { assertMayOverseeTeam, assertMayReadPerson, holdsRole, measuresEveryone, personFacts, requireSignedIn } from '../kernel/access.ts';
import { isUuid } from '../kernel/ids.ts';
import type { Context } from '../kernel/context.ts';
import { ForbiddenError, NotFoundError } from '../kernel/errors.ts';
import { User } from '../people/user.entity.ts';
import type { Viewer } from '../kernel/viewer.ts';
import { QualityMeasuresType, QualityScopeInput } from './metrics.inputs.ts';
import { QualityGrouping, type QualityMeasures, QualityMetricsService, type QualityScope } from './metrics.service.ts';

@Resolver()
export class QualityMetricsResolver {
  @Query(() => [QualityMeasuresType], {
    description:
      'Quality measures for the scope, grouped. QA analysts, admins and REPORTS_READ tokens measure anyone; managers their own team; everyone else their own work.',
  })
  async qualityMetrics(
    @Arg('scope') scope: QualityScopeInput,
    @Arg('groupBy', () => QualityGrouping, { defaultValue: QualityGrouping.ALL }) groupBy: QualityGrouping,
    @Ctx() ctx: Context,
    @Arg('asOf', () => Date, { nullable: true, description: 'Count only reference answers given before this instant (default now), to reproduce a figure quoted earlier.' }) asOf?: Date | null,
  ): Promise<QualityMeasures[]> {
    const now = new Date();
    return new QualityMetricsService(ctx.em).measure(await allowedScope(ctx, scope), groupBy, asOf && asOf < now ? asOf : now, ctx.viewer.user?.teamId ?? null);
  }
}

/** The scope narrowed to what the viewer may measure; FORBIDDEN when they asked for more. */
export async function allowedScope(ctx: Context, scope: QualityScope): Promise<QualityScope> {
  const viewer: Viewer = ctx.viewer;
  for (const [field, id] of [['evaluatorId', scope.evaluatorId], ['teamId', scope.teamId], ['queueId', scope.queueId]] as const) {
    if (id && !isUuid(id)) throw new NotFoundError(field === 'evaluatorId' ? 'User' : field === 'teamId' ? 'Team' : 'Queue');
  }
  if (measuresEveryone(viewer)) return scope;
  const user = requireSignedIn(viewer);
  if (holdsRole(viewer, 'teamLeads') && user.teamId) {
    if (scope.teamId) assertMayOverseeTeam(viewer, scope.teamId, 'Managers measure their own team.');
    if (scope.evaluatorId) {
      const evaluator = await ctx.em.findOne(User, { id: scope.evaluatorId });
      if (!evaluator) throw new NotFoundError('User');
      assertMayReadPerson(viewer, personFacts(evaluator));
    }
    return scope.evaluatorId === user.id ? scope : { ...scope, teamId: user.teamId };
  }
  if ((scope.evaluatorId && scope.evaluatorId !== user.id) || scope.teamId) throw new ForbiddenError('You may measure only your own work.');
  return { ...scope, evaluatorId: user.id };
}
