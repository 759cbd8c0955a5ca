import type { EntityManager } from '@mikro-orm/postgresql';
import { bindRange, type FigureFamily, figureFamilies } from './report.sql.ts';

/**
 * The report's hourly rollups: each figure family (report.sql.ts) folded by UTC hour and queue,
 * up to a horizon (`report_rollup_state.folded_until`). A report reads the whole hours below the
 * horizon from the rollups and everything else (the current hour, a period edge inside an hour
 * in a zone like Asia/Kolkata, hours marked dirty by a late change) with the family's own
 * statement from the tables, so a figure is the same whether or not its hours were folded.
 *
 * Folding runs in the scheduled checks and before a report is generated; one instance folds at a
 * time (an advisory lock), the others wait and find nothing left to fold.
 */

const foldLockKey = 0x7e9047;

export type Period = 'cur' | 'prev';

export interface PeriodRange {
  period: Period;
  start: Date;
  end: Date;
}

/** A slice of a period, read from the rollup (whole hours below the horizon) or from the tables. */
interface Slice {
  period: Period;
  from: Date;
  to: Date;
  rolled: boolean;
}

const hourMs = 3600_000;

export class ReportRollup {
  /** Read once per instance, so the families of one report agree on it. */
  private horizonRead: Promise<Date | null> | null = null;

  constructor(private readonly em: EntityManager) {}

  /**
   * Folds every closed hour not folded yet, and refolds from the earliest hour marked dirty.
   * Returns the hours folded ([from, until); from null when there was nothing to fold).
   */
  async fold(): Promise<{ from: Date | null; until: Date }> {
    return this.em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(?)', [foldLockKey]);
      const [state] = await tx.execute<{ folded_until: Date | null; until: Date }[]>(
        `select folded_until, date_trunc('hour', now(), 'UTC') as until from report_rollup_state for update`,
      );
      const until = new Date(state!.until);
      const [dirty] = await tx.execute<{ earliest: Date | null }[]>('with cleared as (delete from report_dirty_hour returning hour) select min(hour) as earliest from cleared');
      let from = earliest(state!.folded_until, dirty?.earliest ?? null);
      if (state!.folded_until === null) from = earliest(from, await this.firstDataHour(tx));
      if (from === null || from >= until) {
        await tx.execute('update report_rollup_state set folded_until = ?', [until]);
        return { from: null, until };
      }
      for (const family of figureFamilies) {
        await tx.execute(`delete from ${family.table} where hour >= ?`, [from]);
        const { sql, bindings } = bindRange(family.hourly, from, until);
        await tx.execute(`insert into ${family.table} (hour, queue_id, ${columnsOf(family)}) ${sql}`, bindings);
      }
      await tx.execute('update report_rollup_state set folded_until = ?', [until]);
      return { from, until };
    });
  }

  /** Folds everything again from the tables: after a bulk load that bypassed the triggers. */
  async rebuild(): Promise<{ from: Date | null; until: Date }> {
    await this.em.execute('update report_rollup_state set folded_until = null');
    for (const family of figureFamilies) await this.em.execute(`truncate ${family.table}`);
    return this.fold();
  }

  /**
   * A family's figures for each period by queue and the family's dimensions, for one team's
   * queues or all. Rows carry `period`, `queue_id`, the dimensions and the measures.
   */
  async read<Row>(family: FigureFamily, periods: readonly PeriodRange[], teamId: string | null): Promise<(Row & { period: Period; queue_id: string })[]> {
    const horizon = await (this.horizonRead ??= this.horizon());
    const parts: string[] = [];
    const bindings: unknown[] = [];
    for (const slice of periods.flatMap((range) => slices(range, horizon))) {
      if (slice.rolled) {
        parts.push(`select '${slice.period}' as period, x.* from ${family.table} x where x.hour >= ? and x.hour < ?`);
        bindings.push(slice.from, slice.to);
      } else {
        const { sql, bindings: range } = bindRange(family.hourly, slice.from, slice.to);
        parts.push(`select '${slice.period}' as period, x.* from (${sql}) x`);
        bindings.push(...range);
      }
    }
    const dimensions = ['queue_id', ...family.dimensions].map((column) => `p.${column}`).join(', ');
    const sums = family.measures.map((measure) => `sum(p.${measure})::int as ${measure}`).join(', ');
    return this.em.execute(
      `select p.period, ${dimensions}, ${sums}
         from (${parts.join('\nunion all\n')}) p
         join queue q on q.id = p.queue_id
        where (?::uuid is null or q.team_id = ?::uuid)
        group by p.period, ${dimensions}`,
      [...bindings, teamId, teamId],
    );
  }

  /** Hours before this are in the rollups: the fold horizon, or the earliest dirty hour if sooner. */
  private async horizon(): Promise<Date | null> {
    const [row] = await this.em.execute<{ horizon: Date | null }[]>(
      'select least(folded_until, (select min(hour) from report_dirty_hour)) as horizon from report_rollup_state',
    );
    return row?.horizon ? new Date(row.horizon) : null;
  }

  private async firstDataHour(tx: EntityManager): Promise<Date | null> {
    const [row] = await tx.execute<{ first: Date | null }[]>(
      `select date_trunc('hour', least((select min(arrived_at) from review_case), (select min(created_at) from decision)), 'UTC') as first`,
    );
    return row?.first ? new Date(row.first) : null;
  }
}

function columnsOf(family: FigureFamily): string {
  return [...family.dimensions, ...family.measures].join(', ');
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b ? new Date(b) : null;
  if (b === null) return new Date(a);
  return new Date(Math.min(new Date(a).getTime(), new Date(b).getTime()));
}

/** A period cut into the whole hours the rollup holds and the rest, read from the tables. */
function slices(range: PeriodRange, horizon: Date | null): Slice[] {
  const { period, start, end } = range;
  const firstHour = new Date(Math.ceil(start.getTime() / hourMs) * hourMs);
  const lastHour = new Date(Math.min(Math.floor(end.getTime() / hourMs) * hourMs, horizon?.getTime() ?? -Infinity));
  if (!(firstHour < lastHour)) return [{ period, from: start, to: end, rolled: false }];
  return [
    { period, from: start, to: firstHour, rolled: false },
    { period, from: firstHour, to: lastHour, rolled: true },
    { period, from: lastHour, to: end, rolled: false },
  ].filter((slice) => slice.from < slice.to);
}
