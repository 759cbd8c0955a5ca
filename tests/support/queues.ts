import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Team } from '../../server/src/people/team.entity.ts';
import { User } from '../../server/src/people/user.entity.ts';
import { Role } from '../../server/src/kernel/roles.ts';
import { systemActor } from '../../server/src/kernel/viewer.ts';
import { Domain, Severity } from '../../server/src/policies/severity.ts';
import type { Queue } from '../../server/src/queues/queue.entity.ts';
import { QueueService } from '../../server/src/queues/queue.service.ts';
import { SubjectKind } from '../../server/src/subjects/subject-kind.ts';

/** A search-query queue of its own, so a test's counts are not mixed with the demo cases. */
export async function createTestQueue(em: EntityManager, overrides: Partial<{ doubleReviewRate: number; qaSampleRate: number; goldenRate: number; leaseMs: number }> = {}): Promise<Queue> {
  const team = await em.findOneOrFail(Team, { name: 'Search Safety EMEA' });
  return new QueueService(em).create(systemActor, {
    name: `test queue ${randomUUID().slice(0, 8)}`,
    domain: Domain.SEARCH,
    subjectKinds: [SubjectKind.SEARCH_QUERY],
    locales: ['en-GB'],
    teamId: team.id,
    slaTargetsMs: { [Severity.S0]: 15 * 60_000, [Severity.S1]: 60 * 60_000, [Severity.S2]: 4 * 3600_000, [Severity.S3]: 24 * 3600_000 },
    leaseMs: overrides.leaseMs ?? 5 * 60_000,
    doubleReviewRate: overrides.doubleReviewRate ?? 0,
    qaSampleRate: overrides.qaSampleRate ?? 0,
    goldenRate: overrides.goldenRate ?? 0,
  });
}

/** A search-query report for the test queue. */
export function queryReport(queueId: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    queueId,
    source: 'user-report',
    reasons: ['reported as unsafe'],
    subject: { kind: 'SEARCH_QUERY', locale: 'en-GB', searchQuery: { text, dailyVolume: 10, trend: 1, topResults: [] } },
    ...extra,
  };
}

/** People (evaluators unless told) who sign in with the demo password, created with the demo evaluator's hash (argon2 is slow on purpose). */
export async function createEvaluators(em: EntityManager, count: number, role = Role.EVALUATOR): Promise<string[]> {
  const template = await em.findOneOrFail(User, { email: 'evaluator@vigil.example' }, { populate: ['passwordHash', 'team'] });
  const emails = Array.from({ length: count }, (_, i) => `load.evaluator.${i}.${randomUUID().slice(0, 6)}@vigil.example`);
  for (const email of emails) {
    em.create(User, { email, displayName: email, roles: [role], team: template.team, passwordHash: template.passwordHash });
  }
  await em.flush();
  return emails;
}
