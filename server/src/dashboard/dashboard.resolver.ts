import { Arg, Ctx, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { assertMayOverseeTeam, isAdmin, noTeam, requireRole } from '../kernel/access.ts';
import type { Context } from '../kernel/context.ts';
import { NotFoundError } from '../kernel/errors.ts';
import { isUuid } from '../kernel/ids.ts';
import { where } from '../kernel/pubsub.ts';
import { coalesced } from '../kernel/coalesced.ts';
import { DashboardService, type TeamDashboard } from './dashboard.service.ts';
import { DashboardFilter } from './dashboard.inputs.ts';
import { DashboardChangeType, TeamDashboardType } from './dashboard.types.ts';

/** Dashboard events per subscriber: at most one a second. */
const coalesceMs = 1000;

@Resolver()
export class DashboardResolver {
  @Query(() => [TeamDashboardType], {
    description: 'Team dashboards (managers and admins): a manager’s own team; admins every team, or the one named in the filter. Another team’s is FORBIDDEN.',
  })
  async dashboard(@Arg('filter', () => DashboardFilter, { nullable: true }) filter: DashboardFilter | null, @Ctx() ctx: Context): Promise<TeamDashboard[]> {
    const user = requireRole(ctx.viewer, 'teamLeads');
    const service = new DashboardService(ctx.em);
    if (!filter?.teamId && isAdmin(ctx.viewer)) return service.forTeams(await service.teamIds());
    const teamId = filter?.teamId ?? user.teamId ?? noTeam;
    assertMayOverseeTeam(ctx.viewer, teamId, 'Managers read their own team’s dashboard.');
    if (!isUuid(teamId)) throw new NotFoundError('Team');
    return service.forTeams([teamId]);
  }

  @Subscription(() => DashboardChangeType, {
    description: 'An event whenever the team’s queues change (cases arrive, are claimed, decided, escalated), coalesced to at most one a second; refetch `dashboard` on it. The team’s managers and admins.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const teamId = args.teamId as string;
      assertMayOverseeTeam(ctx.viewer, teamId, 'Managers follow their own team’s dashboard.');
      if (!isUuid(teamId)) throw new NotFoundError('Team');
      const queueIds = new Set((await ctx.em.execute<{ id: string }[]>('select id from queue where team_id = ?', [teamId])).map((row) => row.id));
      const changes = where(ctx.pubSub.subscribeTo('QUEUE_CHANGED'), ({ queueId }) => queueIds.has(queueId));
      return coalesced(changes, coalesceMs, (count) => ({ teamId, changes: count }));
    },
  })
  dashboardChanged(@Arg('teamId', () => ID) _teamId: string, @Root() change: DashboardChangeType): DashboardChangeType {
    return change;
  }
}
