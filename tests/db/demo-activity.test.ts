import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../seeds/demo.ts';
import { seedDemoActivity } from '../../seeds/demo-activity.ts';
import { Role } from '../../server/src/kernel/roles.ts';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let qa: ApiClient;
let manager: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemoActivity(server.app.orm.em.fork());
  [qa, manager] = await Promise.all([signedIn(server.url, 'qa@vigil.example'), signedIn(server.url, 'manager@vigil.example')]);
});
afterAll(async () => {
  await server?.stop();
});

/** Decisions and QA tasks by kind and outcome: what two runs must agree on. */
async function activityCounts(databaseUrl: string): Promise<Record<string, number>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ key: string; n: number }>(
      `select 'decision:' || kind as key, count(*)::int as n from decision group by kind
       union all select 'qa_task:' || kind || ':' || coalesce(outcome, status), count(*)::int from qa_task group by kind, coalesce(outcome, status)
       union all select 'escalation:' || status, count(*)::int from escalation group by status`,
    );
    return Object.fromEntries(rows.map((row) => [row.key, row.n]));
  } finally {
    await db.end();
  }
}

describe('demo activity', () => {
  it('leaves the dashboard rollups agreeing with the spread-out history, hour by hour', async () => {
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query(
        `with direct as (
           select queue_id, date_trunc('hour', at, 'UTC') as hour, count(*) filter (where kind = 'A')::int as arrivals, count(*) filter (where kind = 'P')::int as primaries
           from (select queue_id, arrived_at as at, 'A' as kind from review_case
                 union all select c.queue_id, d.created_at, 'P' from decision d join review_case c on c.id = d.case_id where d.kind = 'PRIMARY') x
           group by 1, 2)
         select count(*)::int as differing from direct full join dashboard_queue_hour r using (queue_id, hour)
         where coalesce(direct.arrivals, 0) <> coalesce(r.arrivals, 0) or coalesce(direct.primaries, 0) <> coalesce(r.primary_decisions, 0)`,
      );
      const { rows: [total] } = await db.query('select coalesce(sum(primary_decisions), 0)::int as n from dashboard_queue_hour');
      expect(total.n).toBeGreaterThan(0);
      expect(rows[0].differing).toBe(0);
    } finally {
      await db.end();
    }
  });

  it('gives every demo evaluator an accuracy over the last two weeks', async () => {
    const scope = { from: new Date(Date.now() - 15 * 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const { qualityMetrics } = await qa.data<{ qualityMetrics: { label: string; decisions: number; accuracy: { n: number } }[] }>(
      'query ($scope: QualityScopeInput!) { qualityMetrics(scope: $scope, groupBy: EVALUATOR) { label decisions accuracy { n } } }',
      { scope },
    );
    const evaluators = demoUsers.filter((user) => user.roles.includes(Role.EVALUATOR));
    expect(evaluators).toHaveLength(4);
    for (const evaluator of evaluators) {
      const row = qualityMetrics.find((measures) => measures.label === evaluator.displayName);
      expect(row, evaluator.email).toBeDefined();
      expect(row!.decisions).toBeGreaterThan(10);
      expect(row!.accuracy.n, evaluator.email).toBeGreaterThan(0);
    }
    const { days } = await qa.data<{ days: { key: string }[] }>('query ($scope: QualityScopeInput!) { days: qualityMetrics(scope: $scope, groupBy: DAY) { key } }', { scope });
    expect(days.length).toBeGreaterThan(7);
  });

  it('stamps every evaluator decision its handle time after its claim, the server figure equal to the gap', async () => {
    const db = new pg.Client({ connectionString: server.databaseUrl });
    await db.connect();
    const { rows } = await db.query(
      `select d.handle_time_ms, d.server_handle_time_ms, d.created_at > c.arrived_at as after_arrival, d.created_at <= now() as in_the_past
       from decision d join review_case c on c.id = d.case_id where d.kind in ('PRIMARY', 'SECOND_REVIEW')`,
    );
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) expect(row).toMatchObject({ server_handle_time_ms: row.handle_time_ms, after_arrival: true, in_the_past: true });
    // A case's claim is its last evaluator decision's time less that decision's handle time.
    const { rows: gaps } = await db.query(
      `select round(extract(epoch from d.created_at - c.claimed_at) * 1000)::int as gap, d.handle_time_ms
       from review_case c join lateral (select * from decision l where l.case_id = c.id and l.kind in ('PRIMARY', 'SECOND_REVIEW') order by l.created_at desc limit 1) d on true`,
    );
    await db.end();
    for (const gap of gaps) expect(Math.abs(gap.gap - gap.handle_time_ms)).toBeLessThanOrEqual(1);
  });

  it('leaves QA work done, with samples both confirmed and overturned', async () => {
    const { qaTasks } = await qa.data<{ qaTasks: { edges: { node: { kind: string; outcome: string | null } }[] } }>(
      '{ qaTasks(first: 100, filter: { status: DONE }) { edges { node { kind outcome } } } }',
    );
    const outcomes = new Set(qaTasks.edges.map((edge) => edge.node.outcome));
    expect(outcomes).toContain('CONFIRMED');
    expect(outcomes).toContain('OVERTURNED');
    const { qaTaskCounts } = await qa.data('{ qaTaskCounts { openSamples openAdjudications } }');
    expect(qaTaskCounts).toEqual({ openSamples: 0, openAdjudications: 0 });
  });

  it('lists three golden cases, answered by evaluators', async () => {
    const { goldenCases } = await manager.data<{ goldenCases: { edges: { node: { score: { answered: number; correct: number } } }[] } }>(
      '{ goldenCases(first: 20) { edges { node { score { answered correct } } } } }',
    );
    expect(goldenCases.edges).toHaveLength(3);
    const scores = goldenCases.edges.map((edge) => edge.node.score);
    expect(scores.reduce((sum, score) => sum + score.answered, 0)).toBe(2);
    expect(scores.reduce((sum, score) => sum + score.correct, 0)).toBe(1);
  });

  it('has escalations a specialist resolved', async () => {
    const { escalations } = await manager.data<{ escalations: { edges: unknown[] } }>('{ escalations(first: 100, filter: { status: RESOLVED }) { edges { node { id } } } }');
    expect(escalations.edges.length).toBeGreaterThan(0);
  });

  it('plays the same activity on another fresh database', async () => {
    const other = await startTestServer();
    try {
      await seedDemoActivity(other.app.orm.em.fork());
      expect(await activityCounts(other.databaseUrl)).toEqual(await activityCounts(server.databaseUrl));
    } finally {
      await other.stop();
    }
  });
});
