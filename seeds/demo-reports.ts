/**
 * Demo reports: the two weeks and the month before today, for the search team (by its manager)
 * and for all teams (by the admin), commented and published, so a first start shows published
 * reports whose figures come from the demo history and activity. The stakeholder, subscribed to every team,
 * finds them in the inbox. Synthetic data only.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Viewer } from '../server/src/kernel/viewer.ts';
import { User } from '../server/src/people/user.entity.ts';
import { ReportKind } from '../server/src/reports/report.entities.ts';
import { ReportService } from '../server/src/reports/report.service.ts';

const day = 86_400_000;

export async function seedDemoReports(em: EntityManager, now = new Date()): Promise<void> {
  const service = new ReportService(em);
  const authors = await em.find(User, { email: { $in: ['manager@vigil.example', 'admin@vigil.example'] } }, { populate: ['team'] });
  const periods: { kind: ReportKind; at: Date }[] = [
    { kind: ReportKind.WEEKLY, at: new Date(now.getTime() - 7 * day) },
    { kind: ReportKind.WEEKLY, at: new Date(now.getTime() - 14 * day) },
    { kind: ReportKind.MONTHLY, at: new Date(now.getFullYear(), now.getMonth() - 1, 15) },
  ];
  for (const author of authors) {
    const viewer = Viewer.ofUser({ id: author.id, roles: author.roles, teamId: author.team?.id ?? null });
    const actor = { type: 'USER' as const, id: author.id };
    for (const period of periods) {
      const report = await service.generate(actor, viewer, { kind: period.kind, at: period.at, teamId: author.team?.id ?? null });
      await service.updateCommentary(actor, viewer, report.id, {
        highlights: 'Scam and fraud queries led the violating volume; model flags found most of them before users reported.',
        context: 'Synthetic demo data: six weeks of simulated review work.',
        actionsTaken: 'Refreshed the scam guidance for evaluators and asked search ranking to demote two emerging terms.',
      });
      await service.publish(actor, viewer, report.id);
    }
  }
}
