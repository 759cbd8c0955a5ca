import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { AppError, BadUserInputError, ErrorCode, NotFoundError } from '../kernel/errors.ts';
import { User } from '../people/user.entity.ts';
import type { Actor } from '../kernel/viewer.ts';
import { PolicyService } from '../policies/policy.service.ts';
import { ExposureDay, StepAway, TeamWellness, UserWellness } from './wellness.entities.ts';

export interface DisplaySettings {
  blurPx: number;
  greyscale: boolean;
  muteVideo: boolean;
}

export interface MyWellness extends DisplaySettings {
  day: string;
  severeToday: number;
  severeCap: number;
  severeUntilBreak: number;
  reveals: number;
  breakEndsAt: Date | null;
  steppedAway: string[];
}

export interface TeamWellnessFigures {
  /** The team's floor and limits in force. */
  settings: TeamWellness;
  day: string;
  members: number;
  severeTotal: number;
  severeAveragePerMember: number;
  reveals: number;
  onBreakNow: number;
  steppedAwayCount: number;
}

/** Teams without a row yet get these (the entity defaults). */
const defaults = new TeamWellness();

export class WellnessService {
  constructor(private readonly em: EntityManager) {}

  /** Today in the person's site time zone: exposure resets at their midnight, not the server's. */
  async today(userId: string, now = new Date()): Promise<{ user: User; day: string }> {
    const user = await this.em.findOne(User, { id: userId }, { populate: ['team.site'] });
    if (!user) throw new NotFoundError('User');
    const timeZone = user.team?.site.timeZone ?? 'UTC';
    return { user, day: siteDay(timeZone, now) };
  }

  async teamSettings(teamId: string | undefined): Promise<TeamWellness> {
    return (teamId ? await this.em.findOne(TeamWellness, { team: teamId }) : null) ?? defaults;
  }

  async mine(userId: string, now = new Date()): Promise<MyWellness> {
    const { user, day } = await this.today(userId, now);
    const [team, own, exposure, stepAways] = await Promise.all([
      this.teamSettings(user.team?.id),
      this.em.findOne(UserWellness, { user: userId }),
      this.em.findOne(ExposureDay, { user: userId, day }),
      this.em.find(StepAway, { user: userId, day }, { orderBy: { policyCode: 'asc' } }),
    ]);
    return {
      ...effectiveDisplay(team, own),
      day,
      severeToday: exposure?.severeTotal ?? 0,
      severeCap: team.dailySevereCap,
      severeUntilBreak: Math.max(team.dailySevereCap - (exposure?.severeCount ?? 0), 0),
      reveals: exposure?.reveals ?? 0,
      breakEndsAt: exposure?.breakUntil && exposure.breakUntil > now ? exposure.breakUntil : null,
      steppedAway: stepAways.map((step) => step.policyCode),
    };
  }

  /** A person's own display settings: stricter than the team's, never looser. */
  async updateMine(actor: Actor & { type: 'USER' }, change: Partial<DisplaySettings>): Promise<void> {
    const { user } = await this.today(actor.id);
    const team = await this.teamSettings(user.team?.id);
    if (change.blurPx != null && change.blurPx < team.blurPx) throw new BadUserInputError(`Your team blurs at least ${team.blurPx}px; you may blur more, not less.`, 'blurPx');
    if (change.greyscale === false && team.greyscale) throw new BadUserInputError('Your team shows sensitive media in greyscale.', 'greyscale');
    if (change.muteVideo === false && team.muteVideo) throw new BadUserInputError('Your team starts videos muted.', 'muteVideo');
    await this.em.transactional(async (tx) => {
      const own = (await tx.findOne(UserWellness, { user: actor.id })) ?? tx.create(UserWellness, { user: actor.id });
      const before = { blurPx: own.blurPx ?? null, greyscale: own.greyscale ?? null, muteVideo: own.muteVideo ?? null };
      if (change.blurPx != null) own.blurPx = change.blurPx;
      if (change.greyscale != null) own.greyscale = change.greyscale;
      if (change.muteVideo != null) own.muteVideo = change.muteVideo;
      await new AuditService(tx).record(actor, {
        action: 'wellness.settings_updated',
        entityType: 'User',
        entityId: actor.id,
        before,
        after: { blurPx: own.blurPx ?? null, greyscale: own.greyscale ?? null, muteVideo: own.muteVideo ?? null },
      });
    });
  }

  /** A team's floor; managers of the team and admins set it. */
  async updateTeam(actor: Actor, teamId: string, change: Partial<DisplaySettings & { dailySevereCap: number; breakMinutes: number }>): Promise<TeamWellness> {
    if (change.blurPx != null && (change.blurPx < 0 || change.blurPx > 64)) throw new BadUserInputError('Blur is 0 to 64 pixels.', 'blurPx');
    if (change.dailySevereCap != null && (change.dailySevereCap < 1 || change.dailySevereCap > 1000)) throw new BadUserInputError('The cap is 1 to 1000 cases.', 'dailySevereCap');
    if (change.breakMinutes != null && (change.breakMinutes < 1 || change.breakMinutes > 240)) throw new BadUserInputError('A break lasts 1 to 240 minutes.', 'breakMinutes');
    return this.em.transactional(async (tx) => {
      // Two managers saving at once: the row is made first (defaults), then locked, so neither the
      // insert races on the key nor does one save overwrite the other unseen.
      await tx.execute('insert into team_wellness (team_id) values (?) on conflict do nothing', [teamId]);
      const settings = await tx.findOneOrFail(TeamWellness, { team: teamId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const fields = ['blurPx', 'greyscale', 'muteVideo', 'dailySevereCap', 'breakMinutes'] as const;
      const before = Object.fromEntries(fields.map((field) => [field, settings[field]]));
      for (const field of fields) if (change[field] != null) (settings[field] as unknown) = change[field];
      await new AuditService(tx).record(actor, {
        action: 'wellness.team_settings_updated',
        entityType: 'Team',
        entityId: teamId,
        before,
        after: Object.fromEntries(fields.map((field) => [field, settings[field]])),
      });
      return settings;
    });
  }

  /** Steps away from a policy area until the end of the person's day. */
  async stepAway(actor: Actor & { type: 'USER' }, policyCode: string, now = new Date()): Promise<void> {
    if (!(await new PolicyService(this.em).current()).has(policyCode)) throw new BadUserInputError(`No current policy has the code ${policyCode}.`, 'policyCode');
    const { day } = await this.today(actor.id, now);
    await this.em.transactional(async (tx) => {
      await tx.execute('insert into step_away (user_id, day, policy_code) values (?, ?, ?) on conflict do nothing', [actor.id, day, policyCode]);
      await new AuditService(tx).record(actor, { action: 'wellness.stepped_away', entityType: 'User', entityId: actor.id, after: { day, policyCode } });
    });
  }

  /** Counts a deliberate reveal of blurred content for today's figures. */
  async recordReveal(actor: Actor & { type: 'USER' }, caseId: string, now = new Date()): Promise<void> {
    const { day } = await this.today(actor.id, now);
    await this.em.transactional(async (tx) => {
      await tx.execute(
        'insert into exposure_day (user_id, day, reveals) values (?, ?, 1) on conflict (user_id, day) do update set reveals = exposure_day.reveals + 1',
        [actor.id, day],
      );
      await new AuditService(tx).record(actor, { action: 'case.content_revealed', entityType: 'Case', entityId: caseId });
    });
  }

  /** Team-level figures for today: sums and counts, never one person's history. */
  async teamFigures(teamId: string, now = new Date()): Promise<TeamWellnessFigures> {
    const [site] = await this.em.execute<{ time_zone: string }[]>('select s.time_zone from team t join site s on s.id = t.site_id where t.id = ?', [teamId]);
    const day = siteDay(site?.time_zone ?? 'UTC', now);
    const [row] = await this.em.execute<Record<string, unknown>[]>(
      `select count(distinct u.id)::int as members,
              coalesce(sum(e.severe_total), 0)::int as severe_total,
              coalesce(sum(e.reveals), 0)::int as reveals,
              count(*) filter (where e.break_until > ?)::int as on_break_now,
              (select count(*)::int from step_away s join app_user m on m.id = s.user_id where m.team_id = ? and s.day = ?) as stepped_away
       from app_user u left join exposure_day e on e.user_id = u.id and e.day = ?
       where u.team_id = ? and u.active`,
      [now, teamId, day, day, teamId],
    );
    const members = Number(row?.members ?? 0);
    const severeTotal = Number(row?.severe_total ?? 0);
    return {
      settings: await this.teamSettings(teamId),
      day,
      members,
      severeTotal,
      severeAveragePerMember: members ? Math.round((severeTotal / members) * 10) / 10 : 0,
      reveals: Number(row?.reveals ?? 0),
      onBreakNow: Number(row?.on_break_now ?? 0),
      steppedAwayCount: Number(row?.stepped_away ?? 0),
    };
  }
}

/** The calendar day (YYYY-MM-DD) at a site: exposure resets at the site's midnight. */
function siteDay(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}

export function wellnessBreak(severeCap: number, breakUntil: Date): AppError {
  return new AppError(ErrorCode.WELLNESS_BREAK, `Take a break: you have seen ${severeCap} severe cases. Claims resume at ${breakUntil.toISOString()}.`, undefined, {
    breakEndsAt: breakUntil.toISOString(),
  });
}

function effectiveDisplay(team: DisplaySettings, own: UserWellness | null): DisplaySettings {
  return {
    blurPx: Math.max(team.blurPx, own?.blurPx ?? 0),
    greyscale: team.greyscale || (own?.greyscale ?? false),
    muteVideo: team.muteVideo || (own?.muteVideo ?? false),
  };
}
