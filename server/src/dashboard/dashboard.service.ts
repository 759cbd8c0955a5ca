import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../kernel/errors.ts';
import { withPrepared } from '../kernel/prepared.ts';
import { type Estimate, medianEstimate, proportion } from '../quality/estimate.ts';
import { type TeamWellnessFigures, WellnessService } from '../wellness/wellness.service.ts';
import { compactStatement, queueHealthStatement, rebuildStatements, teamHealthStatement, trendStatement } from './dashboard.sql.ts';

export type Severities = { S0: number; S1: number; S2: number; S3: number };

export interface QueueHealth {
  queueId: string;
  queueName: string;
  /** Claimable cases (open, claimed, awaiting a second review) by severity. */
  backlog: Severities;
  backlogTotal: number;
  claimsInProgress: number;
  oldestSlaDueAt: Date | null;
  overdue: number;
  /** Primary decisions in the trailing hour: the pace the breach estimate assumes. */
  pacePerHour: number;
  arrivalsLastHour: number;
  breachWithinHour: number;
}

export interface HourCount {
  hour: Date;
  arrivals: number;
  decisions: number;
}

export interface TeamHealth {
  activeNow: number;
  onBreakNow: number;
  decisionsLastHour: number;
  decisionsToday: number;
  medianHandleTimeMs: Estimate;
  accuracy: Estimate;
  overturnRate: Estimate;
  escalationRate: Estimate;
  wellness: TeamWellnessFigures;
}

export interface TeamDashboard {
  teamId: string;
  teamName: string;
  timeZone: string;
  /** Start of today at the team's site. */
  dayStartsAt: Date;
  generatedAt: Date;
  queues: QueueHealth[];
  trend: HourCount[];
  health: TeamHealth;
}

interface TeamRow {
  id: string;
  name: string;
  time_zone: string;
  day_start: string | Date;
  queue_ids: string[];
  queue_names: string[];
}

/**
 * The manager's live view of a team: queue health and team health, from the claim index's
 * partial range and the rollups of dashboard.sql.ts, never from scanning cases or decisions.
 * Each read first folds the pending deltas into the rollups (see `compact`), so it shows every
 * change committed before it.
 */
export class DashboardService {
  constructor(private readonly em: EntityManager) {}

  /** Folds pending deltas into the rollups; a no-op while another instance is folding. */
  async compact(): Promise<{ compacted: boolean; moved: number }> {
    const [row] = await withPrepared(this.em, (run) => run<{ compacted: boolean; moved: number }>(compactStatement, []));
    return { compacted: !!row?.compacted, moved: Number(row?.moved ?? 0) };
  }

  /** Recomputes every rollup from the tables (bulk loads, repair); scans them once. */
  async rebuild(): Promise<{ moved: number }> {
    await this.em.transactional(async (tx) => {
      for (const statement of rebuildStatements) await tx.execute(statement);
    });
    const { moved } = await this.compact();
    // The fold left every history row dead in the delta heap; until vacuumed, each fold would
    // scan them (80 ms after a million-case rebuild, measured). Autovacuum would get there too.
    await this.em.execute('vacuum dashboard_delta');
    return { moved };
  }

  /** The ids of every team, by name (for admins). */
  async teamIds(): Promise<string[]> {
    const rows = await this.em.execute<{ id: string }[]>('select id from team order by name');
    return rows.map((row) => row.id);
  }

  async forTeams(teamIds: readonly string[], now = new Date()): Promise<TeamDashboard[]> {
    // The fold and the team lookup are independent; the figures read after both.
    const [, teams] = await Promise.all([
      this.compact(),
      this.em.execute<TeamRow[]>(
      `select t.id, t.name, s.time_zone,
              (date_trunc('day', ?::timestamptz at time zone s.time_zone) at time zone s.time_zone) as day_start,
              coalesce(array_agg(q.id order by q.name) filter (where q.id is not null), '{}') as queue_ids,
              coalesce(array_agg(q.name order by q.name) filter (where q.id is not null), '{}') as queue_names
       from team t join site s on s.id = t.site_id left join queue q on q.team_id = t.id
       where t.id = any(?::uuid[]) group by t.id, t.name, s.time_zone order by t.name`,
      [now, `{${teamIds.join(',')}}`],
      ),
    ]);
    return Promise.all(teams.map((team) => this.forTeam(team, now)));
  }

  async forTeam(team: TeamRow, now: Date): Promise<TeamDashboard> {
    const queueIds = JSON.stringify(team.queue_ids);
    const dayStartsAt = new Date(team.day_start);
    const weekFrom = new Date(Math.floor((now.getTime() - 7 * 24 * 3600_000) / 3600_000) * 3600_000);
    // One pooled connection, named prepared statements (planned once per connection).
    type Row = Record<string, unknown>;
    const [{ queueRows, trendRows, health }, wellness] = await Promise.all([
      withPrepared(this.em, async (run) => ({
        queueRows: await run<Row>(queueHealthStatement, [queueIds, now]),
        trendRows: await run<Row>(trendStatement, [queueIds, now]),
        health: (await run<Row>(teamHealthStatement, [queueIds, now, dayStartsAt, weekFrom, team.id]))[0],
      })),
      new WellnessService(this.em.fork()).teamFigures(team.id, now),
    ]);
    const names = new Map(team.queue_ids.map((id, i) => [id, team.queue_names[i]!]));
    const queues = queueRows
      .map((row): QueueHealth => {
        const counts = (row.backlog ?? {}) as Partial<Severities>;
        const backlog = { S0: counts.S0 ?? 0, S1: counts.S1 ?? 0, S2: counts.S2 ?? 0, S3: counts.S3 ?? 0 };
        return {
          queueId: String(row.queue_id),
          queueName: names.get(String(row.queue_id)) ?? '',
          backlog,
          backlogTotal: backlog.S0 + backlog.S1 + backlog.S2 + backlog.S3,
          claimsInProgress: Number(row.claims_in_progress),
          oldestSlaDueAt: row.oldest_sla_due_at ? new Date(row.oldest_sla_due_at as string) : null,
          overdue: Number(row.overdue),
          pacePerHour: Number(row.per_hour),
          arrivalsLastHour: Number(row.arrivals_per_hour),
          breachWithinHour: Math.max(0, Number(row.breach_within_hour)),
        };
      })
      .sort((a, b) => a.queueName.localeCompare(b.queueName));
    if (!health) throw new NotFoundError('Team');
    const week = health.week as { qaReviews: number; overturns: number; escalations: number; primary: number };
    // The histogram is to the second; each decision counts at the middle of its second.
    const handleTimes: number[] = [];
    for (const [seconds, n] of health.handle_histogram as [number, number][]) for (let i = 0; i < n; i++) handleTimes.push(seconds * 1000 + 500);
    return {
      teamId: team.id,
      teamName: team.name,
      timeZone: team.time_zone,
      dayStartsAt,
      generatedAt: now,
      queues,
      trend: trendRows.map((row) => ({ hour: new Date(row.hour as string), arrivals: Number(row.arrivals), decisions: Number(row.decisions) })),
      health: {
        activeNow: Number(health.active_now),
        onBreakNow: wellness.onBreakNow,
        decisionsLastHour: Number(health.decisions_last_hour),
        decisionsToday: Number(health.decisions_today),
        medianHandleTimeMs: medianEstimate(handleTimes),
        accuracy: proportion(Number(week.qaReviews) - Number(week.overturns), Number(week.qaReviews)),
        overturnRate: proportion(Number(week.overturns), Number(week.qaReviews)),
        escalationRate: proportion(Number(week.escalations), Number(week.escalations) + Number(week.primary)),
        wellness,
      },
    };
  }
}
