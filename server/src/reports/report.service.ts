import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { assertAllowed, mayListReports, mayReadReport, mayWriteReport, reportListScope, requireRole } from '../kernel/access.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../kernel/errors.ts';
import { isUuid } from '../kernel/ids.ts';
import { event, publish } from '../kernel/pubsub.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import { systemActor, type Actor, type Viewer } from '../kernel/viewer.ts';
import { NotificationKind } from '../notifications/notification.entity.ts';
import { NotificationService } from '../notifications/notification.service.ts';
import { Team } from '../people/team.entity.ts';
import { allTeamsScope, Report, ReportKind, ReportStatus, ReportSubscription } from './report.entities.ts';
import { computeFigures } from './report.generator.ts';
import { ReportRollup } from './report.rollup.ts';
import { periodSql } from './report.sql.ts';

type UserActor = Actor & { type: 'USER' };

export interface ReportPeriod {
  start: Date;
  end: Date;
  previousStart: Date;
  timeZone: string;
}

export interface CommentaryEdit {
  highlights?: string | null;
  context?: string | null;
  actionsTaken?: string | null;
}

export interface ReportFilter {
  kind?: ReportKind | null;
  status?: ReportStatus | null;
  teamId?: string | null;
  /** Only the all-teams reports. */
  allTeams?: boolean | null;
}

const units: Record<ReportKind, { trunc: string; interval: string }> = {
  [ReportKind.WEEKLY]: { trunc: 'week', interval: '1 week' },
  [ReportKind.MONTHLY]: { trunc: 'month', interval: '1 month' },
};

/** Advisory-lock key of the scheduler: one instance at a time inserts the due drafts. */
const schedulerLockKey = 0x7e90_2001;

/**
 * Reports: generate a period's draft with its figures frozen, edit its commentary, publish it
 * (an immutable snapshot, refused UPDATE and DELETE by a trigger), notify subscribers. The
 * scheduler (`generateDue`) inserts each closed period's draft exactly once across instances.
 */
export class ReportService {
  constructor(private readonly em: EntityManager) {}

  /** The time zone of a team's site; for all teams, the first site's (UTC without sites). */
  async timeZoneOf(teamId: string | null): Promise<string> {
    const rows = teamId
      ? await this.em.execute<{ time_zone: string }[]>('select s.time_zone from team t join site s on s.id = t.site_id where t.id = ?', [teamId])
      : await this.em.execute<{ time_zone: string }[]>('select time_zone from site order by created_at, id limit 1');
    return rows[0]?.time_zone ?? 'UTC';
  }

  /** The week (ISO, Monday 00:00 local) or month holding `at`, in `timeZone`. */
  async periodHolding(kind: ReportKind, at: Date, timeZone: string): Promise<ReportPeriod> {
    const { trunc, interval } = units[kind];
    const [row] = await this.em.execute<{ period_start: Date; period_end: Date; previous_start: Date }[]>(periodSql, [trunc, at, timeZone, timeZone, interval, timeZone, interval, timeZone]);
    return { start: new Date(row!.period_start), end: new Date(row!.period_end), previousStart: new Date(row!.previous_start), timeZone };
  }

  async find(viewer: Viewer, id: string): Promise<Report> {
    assertAllowed(viewer, mayListReports(viewer), 'Reports are read by stakeholders, managers, admins and REPORTS_READ tokens.');
    const report = isUuid(id) ? await this.em.findOne(Report, { id }) : null;
    if (!report || !mayReadReport(viewer, facts(report))) throw new NotFoundError('Report');
    return report;
  }

  /** Newest period first. */
  async list(viewer: Viewer, filter: ReportFilter, page: Page): Promise<PageResult<Report>> {
    assertAllowed(viewer, mayListReports(viewer), 'Reports are read by stakeholders, managers, admins and REPORTS_READ tokens.');
    const where: Record<string, unknown> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.status) where.status = filter.status;
    if (filter.allTeams) where.scopeKey = allTeamsScope;
    else if (filter.teamId) {
      if (!isUuid(filter.teamId)) throw new BadUserInputError('No such team.', 'teamId');
      where.scopeKey = filter.teamId;
    }
    const scope = reportListScope(viewer);
    if (scope.kind === 'published') where.status = filter.status && filter.status !== ReportStatus.PUBLISHED ? '__none__' : ReportStatus.PUBLISHED;
    if (scope.kind === 'team') where.$or = [{ scopeKey: scope.teamId }, { scopeKey: allTeamsScope, status: ReportStatus.PUBLISHED }];
    return findPage(this.em, Report, where, { periodStart: 'desc', id: 'desc' }, page);
  }

  /** Generates the draft of the period holding `at` (CONFLICT when that period already has its report). */
  async generate(actor: UserActor, viewer: Viewer, input: { kind: ReportKind; at: Date; teamId?: string | null }): Promise<Report> {
    const teamId = input.teamId ?? null;
    if (teamId !== null && !(isUuid(teamId) && (await this.em.count(Team, { id: teamId })) > 0)) throw new NotFoundError('Team');
    assertAllowed(viewer, mayWriteReport(viewer, teamId), teamId ? 'Managers generate their own team’s reports.' : 'Only admins generate the all-teams report.');
    const period = await this.periodHolding(input.kind, input.at, await this.timeZoneOf(teamId));
    // Computed before the transaction, so the aggregates run side by side on pool connections.
    const now = new Date();
    await new ReportRollup(this.em).fold();
    const figures = await computeFigures(this.em, { teamId, start: period.start, end: period.end, previousStart: period.previousStart });
    try {
      return await this.em.transactional(async (tx) => {
        const report = tx.create(Report, {
          kind: input.kind,
          periodStart: period.start,
          periodEnd: period.end,
          timeZone: period.timeZone,
          team: teamId,
          scopeKey: teamId ?? allTeamsScope,
          figures,
          generatedAt: now,
          asOf: now,
          generatedBy: actor.id,
        });
        await tx.flush();
        await new AuditService(tx).record(actor, { action: 'report.generated', entityType: 'Report', entityId: report.id, after: { kind: report.kind, periodStart: report.periodStart, teamId } });
        return report;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('This period already has its report.', 'periodStart');
      throw error;
    }
  }

  async updateCommentary(actor: UserActor, viewer: Viewer, id: string, edit: CommentaryEdit): Promise<Report> {
    requireRole(viewer, 'teamLeads');
    return this.em.transactional(async (tx) => {
      const report = await this.lockDraft(tx, viewer, id);
      const before = { highlights: report.highlights, context: report.context, actionsTaken: report.actionsTaken };
      if (edit.highlights != null) report.highlights = edit.highlights.trim();
      if (edit.context != null) report.context = edit.context.trim();
      if (edit.actionsTaken != null) report.actionsTaken = edit.actionsTaken.trim();
      await tx.flush();
      await new AuditService(tx).record(actor, {
        action: 'report.commentary_updated',
        entityType: 'Report',
        entityId: report.id,
        before,
        after: { highlights: report.highlights, context: report.context, actionsTaken: report.actionsTaken },
      });
      return report;
    });
  }

  /** Publishes a draft: from now on the database refuses to change it. Notifies the subscribers of its team and of all teams. */
  async publish(actor: UserActor, viewer: Viewer, id: string): Promise<Report> {
    requireRole(viewer, 'teamLeads');
    return this.em.transactional(async (tx) => {
      const report = await this.lockDraft(tx, viewer, id);
      report.status = ReportStatus.PUBLISHED;
      report.publishedAt = new Date();
      report.publishedBy = tx.getReference('User', actor.id) as never;
      await tx.flush();
      await new AuditService(tx).record(actor, { action: 'report.published', entityType: 'Report', entityId: report.id, before: { status: ReportStatus.DRAFT }, after: { status: ReportStatus.PUBLISHED } });
      const subscribers = await tx.execute<{ user_id: string }[]>(
        `select distinct user_id from report_subscription where scope_key in (?, ?) and user_id <> ?`,
        [report.scopeKey, allTeamsScope, actor.id],
      );
      if (subscribers.length > 0) {
        const what = report.kind === ReportKind.WEEKLY ? 'weekly' : 'monthly';
        await new NotificationService(tx).notify(subscribers.map((row) => row.user_id), {
          kind: NotificationKind.REPORT_PUBLISHED,
          text: `The ${what} report for the period starting ${localDay(report)} is published.`,
          reportId: report.id,
        });
      }
      return report;
    });
  }

  private async lockDraft(tx: EntityManager, viewer: Viewer, id: string): Promise<Report> {
    const [row] = isUuid(id) ? await tx.execute<{ id: string }[]>('select id from report where id = ? for update', [id]) : [];
    const report = row ? await tx.findOne(Report, { id }, { refresh: true }) : null;
    if (!report || !mayReadReport(viewer, facts(report))) throw new NotFoundError('Report');
    assertAllowed(viewer, mayWriteReport(viewer, report.team?.id ?? null), 'Managers edit their own team’s reports.');
    if (report.status !== ReportStatus.DRAFT) throw new ConflictError('A published report cannot change.');
    return report;
  }

  // ---- subscriptions ---------------------------------------------------------------------

  async subscriptions(viewer: Viewer): Promise<ReportSubscription[]> {
    const user = requireRole(viewer, 'reportSubscribers');
    return this.em.find(ReportSubscription, { user: user.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Subscribes the viewer to one team's published reports, or all teams' (teamId null). Idempotent. */
  async subscribe(viewer: Viewer, teamId: string | null): Promise<ReportSubscription> {
    const user = requireRole(viewer, 'reportSubscribers');
    if (teamId !== null && !(isUuid(teamId) && (await this.em.count(Team, { id: teamId })) > 0)) throw new NotFoundError('Team');
    const scopeKey = teamId ?? allTeamsScope;
    return this.em.transactional(async (tx) => {
      await tx.execute(`insert into report_subscription (id, user_id, team_id, scope_key) values (gen_random_uuid(), ?, ?, ?) on conflict (user_id, scope_key) do nothing`, [user.id, teamId, scopeKey]);
      const subscription = (await tx.findOne(ReportSubscription, { user: user.id, scopeKey }))!;
      await new AuditService(tx).record({ type: 'USER', id: user.id }, { action: 'report.subscribed', entityType: 'ReportSubscription', entityId: subscription.id, after: { teamId } });
      return subscription;
    });
  }

  /** Returns whether a subscription was removed. */
  async unsubscribe(viewer: Viewer, teamId: string | null): Promise<boolean> {
    const user = requireRole(viewer, 'reportSubscribers');
    const scopeKey = teamId ?? allTeamsScope;
    return this.em.transactional(async (tx) => {
      const removed = await tx.execute<{ id: string }[]>(`delete from report_subscription where user_id = ? and scope_key = ? returning id`, [user.id, scopeKey]);
      if (removed.length > 0) await new AuditService(tx).record({ type: 'USER', id: user.id }, { action: 'report.unsubscribed', entityType: 'ReportSubscription', entityId: removed[0]!.id, before: { teamId } });
      return removed.length > 0;
    });
  }

  // ---- scheduling --------------------------------------------------------------------------

  /**
   * Inserts the draft of the last closed week and month of every team and of all teams, where
   * missing. Runs in every instance; a transaction-scoped advisory lock lets one at a time in
   * (the others skip this tick), and INSERT … ON CONFLICT DO NOTHING on the unique key makes a
   * period generate once even if a lock were lost. Says how far it got as it goes
   * (REPORT_DRAFTS_PROGRESS: before each draft, and once finished). Returns the ids it created.
   */
  async generateDue(now: Date = new Date()): Promise<string[]> {
    await new ReportRollup(this.em).fold();
    const progress = (done: number, total: number, next: { kind: ReportKind; start: Date; teamId: string | null } | null) =>
      // Sent at once (this.em is outside the transaction): the point is to be seen while it runs.
      publish(this.em, event('REPORT_DRAFTS_PROGRESS', { done, total, finished: next === null, kind: next?.kind ?? null, periodStart: next?.start.toISOString() ?? null, teamId: next?.teamId ?? null }));
    const { created, total } = await this.em.transactional(async (tx) => {
      const [lock] = await tx.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [schedulerLockKey]);
      if (!lock?.locked) return { created: [], total: 0 };
      const service = new ReportService(tx);
      const teams = await tx.execute<{ id: string }[]>('select id from team order by id');
      const due: { kind: ReportKind; teamId: string | null; timeZone: string; start: Date; end: Date; previousStart: Date }[] = [];
      for (const teamId of [null, ...teams.map((team) => team.id)]) {
        const timeZone = await service.timeZoneOf(teamId);
        for (const kind of [ReportKind.WEEKLY, ReportKind.MONTHLY]) {
          const current = await service.periodHolding(kind, now, timeZone);
          const closed = await service.periodHolding(kind, current.previousStart, timeZone);
          const exists = await tx.execute('select 1 from report where kind = ? and period_start = ? and scope_key = ?', [kind, closed.start, teamId ?? allTeamsScope]);
          if (exists.length === 0) due.push({ kind, teamId, ...closed });
        }
      }
      const created: string[] = [];
      for (const [done, draft] of due.entries()) {
        await progress(done, due.length, draft);
        const { kind, teamId, timeZone } = draft;
        const figures = await computeFigures(tx, { teamId, start: draft.start, end: draft.end, previousStart: draft.previousStart });
        const inserted = await tx.execute<{ id: string }[]>(
          `insert into report (id, kind, period_start, period_end, time_zone, team_id, scope_key, figures, as_of)
           values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
           on conflict (kind, period_start, scope_key) do nothing returning id`,
          [kind, draft.start, draft.end, timeZone, teamId, teamId ?? allTeamsScope, JSON.stringify(figures), now],
        );
        if (inserted.length === 0) continue;
        created.push(inserted[0]!.id);
        await new AuditService(tx).record(systemActor, { action: 'report.generated', entityType: 'Report', entityId: inserted[0]!.id, after: { kind, periodStart: draft.start, teamId, scheduled: true } });
      }
      return { created, total: due.length };
    });
    // After the commit, so a client that refetches on `finished` finds the drafts.
    if (total > 0) await progress(total, total, null);
    return created;
  }
}

/** The period's first day in the report's own time zone, e.g. 2025-06-09. */
function localDay(report: Report): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: report.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(report.periodStart);
}

function facts(report: Report): { teamId: string | null; published: boolean } {
  return { teamId: report.team?.id ?? null, published: report.status === ReportStatus.PUBLISHED };
}
