import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { Team } from '../../server/src/people/team.entity.ts';
import { User } from '../../server/src/people/user.entity.ts';
import { Role } from '../../server/src/kernel/roles.ts';
import { systemActor } from '../../server/src/kernel/viewer.ts';
import { Domain, Severity } from '../../server/src/policies/severity.ts';
import type { Queue } from '../../server/src/queues/queue.entity.ts';
import { QueueService } from '../../server/src/queues/queue.service.ts';
import { SubjectKind } from '../../server/src/subjects/subject-kind.ts';

/** A queue of its own (search queries unless told accounts), so a test's counts are not mixed with the demo cases. */
export async function createTestQueue(
  em: EntityManager,
  overrides: Partial<{ doubleReviewRate: number; qaSampleRate: number; goldenRate: number; leaseMs: number; domain: Domain; subjectKinds: SubjectKind[] }> = {},
): Promise<Queue> {
  const team = await em.findOneOrFail(Team, { name: 'Search Safety EMEA' });
  return new QueueService(em).create(systemActor, {
    name: `test queue ${randomUUID().slice(0, 8)}`,
    domain: overrides.domain ?? Domain.SEARCH,
    subjectKinds: overrides.subjectKinds ?? [overrides.domain === Domain.ACCOUNT ? SubjectKind.ACCOUNT : SubjectKind.SEARCH_QUERY],
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

/** A report about an account, for an account test queue; `links` names linked accounts and fingerprints. */
export function accountReport(queueId: string, accountId: string, links: { linkedAccountIds?: string[]; fingerprints?: { kind: 'DEVICE' | 'PAYMENT'; id: string }[] } = {}) {
  return {
    queueId,
    source: 'user-report',
    reasons: ['reported as spam'],
    subject: {
      kind: 'ACCOUNT',
      locale: 'en-GB',
      account: { accountId, handle: `handle-${accountId}`, displayName: 'Placeholder Name', bio: '[bio placeholder]', accountAgeDays: 3, followers: 1, linkedAccountIds: [], reports: [], riskScores: [], ...links },
    },
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

/** A QA review written straight into the table, as the QA flow records one (the decision triggers see it like any other); its id. */
export async function recordQaReview(client: pg.ClientBase, decisionId: string, finding: { verdict: string; policyCodes: string[]; action: string }): Promise<string> {
  const id = randomUUID();
  await client.query(
    `insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, idempotency_key)
     select $1::uuid, case_id, 'QA_REVIEW', (select id from app_user where email = 'qa@vigil.example'), $3, $4, policy_version, $5, '{}', 'qa', 1000, $1::uuid::text
     from decision where id = $2`,
    [id, decisionId, finding.verdict, finding.policyCodes, finding.action],
  );
  return id;
}
