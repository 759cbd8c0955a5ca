import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/kernel/roles.ts';
import { systemActor } from '../../server/src/kernel/viewer.ts';
import { Site } from '../../server/src/people/site.entity.ts';
import { Team } from '../../server/src/people/team.entity.ts';
import { User } from '../../server/src/people/user.entity.ts';
import { Domain, Severity } from '../../server/src/policies/severity.ts';
import { QueueService } from '../../server/src/queues/queue.service.ts';
import { SubjectKind } from '../../server/src/subjects/subject-kind.ts';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * A team of its own (site in UTC, one queue, three evaluators) with a fixed data set written
 * straight into the tables, so every figure below is computed by hand:
 *
 * Backlog, in queue order (severity, due, arrival), due times relative to now:
 *   S0 +10m · S1 +20m · S1 +40m · S2 −5m (overdue) · S2 +30m · S2 +3h · S3 +10h · S3 +20h (claimed, live lease)
 * Four primary decisions in the last hour (pace 4): the next hour clears the first four; of the
 * four cases due within the hour (S0 +10m, S1 +20m, S1 +40m, S2 +30m), S2 +30m is fifth: 1 breach.
 * Two days ago: 20 QA reviews of 20 primary decisions: 15 confirm, 3 keep the verdict with another
 * action, 2 change the verdict. Accuracy (verdict) 18/20, overturn (finding) 5/20.
 */
let server: TestServer;
let db: pg.Client;
let teamId: string;
let queueId: string;
let manager: ApiClient;
const now = Date.now();
const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();
const minute = 60_000;
const hour = 60 * minute;

const dashboardQuery = `query ($filter: DashboardFilter) { dashboard(filter: $filter) {
  teamId teamName dayStartsAt
  queues { queueId backlog { S0 S1 S2 S3 } backlogTotal claimsInProgress oldestSlaDueAt overdue pacePerHour arrivalsLastHour breachWithinHour }
  trend { hour arrivals decisions }
  health { activeNow onBreakNow decisionsLastHour decisionsToday
    medianHandleTimeMs { value n tooFewToTell }
    accuracy { value low high n count tooFewToTell }
    overturnRate { value n count tooFewToTell }
    escalationRate { value n count }
    wellness { members onBreakNow } }
} }`;

async function insertCase(fields: { severity: string; status: string; arrivedAt: string; dueAt: string; assigneeId?: string; leaseExpiresAt?: string }): Promise<string> {
  const subjectId = randomUUID();
  const caseId = randomUUID();
  await db.query(`insert into subject (id, kind, domain, key, locale, details) values ($1, 'SEARCH_QUERY', 'SEARCH', $2, 'en-GB', '{}')`, [subjectId, `dashboard-test:${subjectId}`]);
  await db.query(
    `insert into review_case (id, queue_id, subject_id, status, severity, sources, reasons, arrived_at, sla_due_at, assignee_id, lease_expires_at, resolved_at)
     values ($1, $2, $3, $4, $5, '{user-report}', '{test}', $6, $7, $8, $9, case when $4 = 'RESOLVED' then $6::timestamptz + interval '1 minute' end)`,
    [caseId, queueId, subjectId, fields.status, fields.severity, fields.arrivedAt, fields.dueAt, fields.assigneeId ?? null, fields.leaseExpiresAt ?? null],
  );
  return caseId;
}

async function insertDecision(caseId: string, fields: { kind: string; by: string; at: string; verdict?: string; action?: string; handleMs?: number }): Promise<void> {
  await db.query(
    `insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, server_handle_time_ms, idempotency_key, created_at)
     values ($1, $2, $3, $4, $5, $6, 1, $7, '{}', 'test', $8, $8, $10, $9)`,
    [randomUUID(), caseId, fields.kind, fields.by, fields.verdict ?? 'VIOLATING', fields.verdict === 'NOT_VIOLATING' ? [] : ['SPAM_AND_FAKE_ENGAGEMENT'], fields.action ?? 'BLOCK_RESULTS', fields.handleMs ?? 30_000, fields.at, randomUUID()],
  );
}

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const em = server.app.orm.em.fork();
  const template = await em.findOneOrFail(User, { email: 'evaluator@vigil.example' }, { populate: ['passwordHash'] });
  const suffix = randomUUID().slice(0, 8);
  const site = em.create(Site, { name: `Dashboard site ${suffix}`, timeZone: 'UTC' });
  const team = em.create(Team, { name: `Dashboard team ${suffix}`, site });
  const person = (role: Role, name: string) =>
    em.create(User, { email: `${name}.${suffix}@vigil.example`, displayName: name, roles: [role], team, passwordHash: template.passwordHash });
  const lead = person(Role.MANAGER, 'dashboard.manager');
  const [holder, decider, resting] = [person(Role.EVALUATOR, 'dashboard.holder'), person(Role.EVALUATOR, 'dashboard.decider'), person(Role.EVALUATOR, 'dashboard.resting')];
  await em.flush();
  teamId = team.id;
  const queue = await new QueueService(em).create(systemActor, {
    name: `dashboard queue ${suffix}`,
    domain: Domain.SEARCH,
    subjectKinds: [SubjectKind.SEARCH_QUERY],
    locales: ['en-GB'],
    teamId,
    slaTargetsMs: { [Severity.S0]: 15 * minute, [Severity.S1]: hour, [Severity.S2]: 4 * hour, [Severity.S3]: 24 * hour },
    leaseMs: 5 * minute,
    doubleReviewRate: 0,
    qaSampleRate: 0,
    goldenRate: 0,
  });
  queueId = queue.id;
  const qaReviewer = (await db.query("select id from app_user where email = 'qa@vigil.example'")).rows[0].id as string;

  const arrived = at(-30 * minute);
  for (const [severity, dueMs] of [['S0', 10 * minute], ['S1', 20 * minute], ['S1', 40 * minute], ['S2', -5 * minute], ['S2', 30 * minute], ['S2', 3 * hour], ['S3', 10 * hour]] as const) {
    await insertCase({ severity, status: 'OPEN', arrivedAt: arrived, dueAt: at(dueMs) });
  }
  await insertCase({ severity: 'S3', status: 'IN_REVIEW', arrivedAt: arrived, dueAt: at(20 * hour), assigneeId: holder.id, leaseExpiresAt: at(4 * minute) });
  for (const [i, handleMs] of [10_000, 20_000, 30_000, 40_000].entries()) {
    const caseId = await insertCase({ severity: 'S2', status: 'RESOLVED', arrivedAt: at(-2 * hour), dueAt: at(2 * hour) });
    await insertDecision(caseId, { kind: 'PRIMARY', by: decider.id, at: at(-(10 + 5 * i) * minute), handleMs });
  }
  for (let i = 0; i < 20; i++) {
    const caseId = await insertCase({ severity: 'S3', status: 'RESOLVED', arrivedAt: at(-50 * hour), dueAt: at(-30 * hour) });
    await insertDecision(caseId, { kind: 'PRIMARY', by: resting.id, at: at(-49 * hour) });
    const finding = i < 15 ? {} : i < 18 ? { action: 'DEMOTE_RESULTS' } : { verdict: 'NOT_VIOLATING', action: 'NO_ACTION' };
    await insertDecision(caseId, { kind: 'QA_REVIEW', by: qaReviewer, at: at(-48 * hour), ...finding });
  }
  await db.query('insert into exposure_day (user_id, day, break_until) values ($1, $2, $3)', [resting.id, new Date(now).toISOString().slice(0, 10), at(10 * minute)]);
  manager = await signedIn(server.url, lead.email);
});
afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('team dashboard', () => {
  it('shows each queue’s backlog by severity, claims, oldest due and the breach estimate at the current pace', async () => {
    const [dashboard] = (await manager.data(dashboardQuery)).dashboard;
    expect(dashboard.teamId).toBe(teamId);
    expect(dashboard.queues).toEqual([
      {
        queueId,
        backlog: { S0: 1, S1: 2, S2: 3, S3: 2 },
        backlogTotal: 8,
        claimsInProgress: 1,
        oldestSlaDueAt: at(-5 * minute),
        overdue: 1,
        pacePerHour: 4,
        arrivalsLastHour: 8,
        breachWithinHour: 1,
      },
    ]);
  });

  it('states team health with counts, n and intervals, and too few to tell below the minimum sample', async () => {
    const [{ health, dayStartsAt }] = (await manager.data(dashboardQuery)).dashboard;
    const todayFixtureDecisions = [10, 15, 20, 25].filter((minutes) => now - minutes * minute >= new Date(dayStartsAt).getTime()).length;
    expect(health).toMatchObject({ activeNow: 2, onBreakNow: 1, decisionsLastHour: 4, decisionsToday: todayFixtureDecisions });
    expect(health.medianHandleTimeMs).toEqual({ value: null, n: todayFixtureDecisions, tooFewToTell: true });
    // Accuracy is the finding matching QA (15 of 20: three differ in action, two in verdict), as on the quality page.
    expect(health.accuracy).toMatchObject({ value: 0.75, n: 20, count: 15, tooFewToTell: false });
    expect(health.accuracy.low).toBeCloseTo(0.5313, 3);
    expect(health.accuracy.high).toBeCloseTo(0.8881, 3);
    expect(health.overturnRate).toEqual({ value: 0.25, n: 20, count: 5, tooFewToTell: false });
    expect(health.escalationRate).toEqual({ value: 0, n: 24, count: 0 });
    expect(health.wellness).toEqual({ members: 4, onBreakNow: 1 });
  });

  it('counts arrivals and decisions per hour from the rollups exactly as a direct count of the tables', async () => {
    const [{ trend }] = (await manager.data(dashboardQuery)).dashboard;
    expect(trend).toHaveLength(24);
    const direct = await db.query(
      `select h.hour,
         (select count(*)::int from review_case c join queue q on q.id = c.queue_id where q.team_id = $1 and c.arrived_at >= h.hour and c.arrived_at < h.hour + interval '1 hour') as arrivals,
         (select count(*)::int from decision d join review_case c on c.id = d.case_id join queue q on q.id = c.queue_id
           where q.team_id = $1 and d.kind = 'PRIMARY' and d.created_at >= h.hour and d.created_at < h.hour + interval '1 hour') as decisions
       from generate_series(date_trunc('hour', now(), 'UTC') - interval '23 hours', date_trunc('hour', now(), 'UTC'), interval '1 hour') h(hour) order by h.hour`,
      [teamId],
    );
    expect(trend).toEqual(direct.rows.map((row) => ({ hour: row.hour.toISOString(), arrivals: row.arrivals, decisions: row.decisions })));
    expect(trend.reduce((sum: number, h: { arrivals: number }) => sum + h.arrivals, 0)).toBe(12);
    expect(trend.reduce((sum: number, h: { decisions: number }) => sum + h.decisions, 0)).toBe(4);
  });

  it('keeps the rollups in step with a case pushed in through the API', async () => {
    await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', {
      input: { cases: [queryReport(queueId, `dashboard-${randomUUID().slice(0, 8)}`, { severity: 'S0' })] },
    });
    const [dashboard] = (await manager.data(dashboardQuery)).dashboard;
    expect(dashboard.queues[0]).toMatchObject({ arrivalsLastHour: 9, backlog: { S0: 2 }, backlogTotal: 9 });
  });

  it('opens to the team’s manager and admins only', async () => {
    const other = await signedIn(server.url, 'manager@vigil.example');
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const filter = { teamId };
    expect((await other.request(dashboardQuery, { filter })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await evaluator.request(dashboardQuery, { filter })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await evaluator.request(dashboardQuery)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The other team's manager, unfiltered, sees their own team only.
    const own = (await other.data('{ dashboard { teamId } }')).dashboard;
    expect(own.map((d: { teamId: string }) => d.teamId)).not.toContain(teamId);
    expect(own).toHaveLength(1);
    expect((await admin.data(dashboardQuery, { filter })).dashboard[0].queues[0].queueId).toBe(queueId);
    const all = (await admin.data('{ dashboard { teamId } }')).dashboard.map((d: { teamId: string }) => d.teamId);
    expect(all).toContain(teamId);
    expect(all.length).toBeGreaterThan(1);
    expect((await admin.request(dashboardQuery, { filter: { teamId: 'not-a-team' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
