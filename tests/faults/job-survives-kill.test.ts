import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { type AppProcess, startAppProcess } from '../support/process.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * A background job outlives the instance that was running it: an SLA check is held up mid-run
 * (the test holds the overdue escalation's row lock), its instance is killed with SIGKILL, and
 * another instance that starts gives the job back to the queue and runs it, once.
 */
let server: TestServer;
let db: pg.Client;
let doomed: AppProcess;
let evaluator: ApiClient;
let manager: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  [evaluator, manager] = await Promise.all([signedIn(server.url, 'evaluator@vigil.example'), signedIn(server.url, 'manager@vigil.example')]);
  doomed = startAppProcess({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: server.databaseUrl, VIGIL_SEED_DEMO: 'false' });
  await doomed.waitFor(/Vigil is ready at/);
}, 120_000);

afterAll(async () => {
  await doomed?.stop('SIGKILL');
  await db?.end();
  await server?.stop();
});

async function overdueEscalation(): Promise<string> {
  const queue = await createTestQueue(server.app.orm.em.fork());
  await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', {
    input: { cases: [queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`)] },
  });
  const { claimNextCase } = await evaluator.data('mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }', { queueId: queue.id });
  const { escalateCase } = await evaluator.data('mutation ($input: EscalateCaseInput!) { escalateCase(input: $input) { escalation { id } } }', {
    input: { caseId: claimNextCase.case.id, reason: 'POLICY_UNCLEAR', note: 'unsure which area applies', tierCode: 'LEGAL' },
  });
  await db.query("update escalation set sla_due_at = now() - interval '1 minute' where id = $1", [escalateCase.escalation.id]);
  return escalateCase.escalation.id;
}

it('runs a job once on another instance after the instance holding it is killed', async () => {
  const escalationId = await overdueEscalation();
  const holder = new pg.Client({ connectionString: server.databaseUrl });
  await holder.connect();
  let survivor: TestServer | null = null;
  try {
    await holder.query('begin');
    await holder.query('select id from escalation where id = $1 for update', [escalationId]);
    const {
      rows: [{ id: jobId }],
    } = await db.query("select (graphile_worker.add_job('escalation_sla_breaches', '{}'::json)).id::text as id");
    await expect.poll(async () => (await db.query('select locked_by from graphile_worker.jobs where id = $1', [jobId])).rows[0]?.locked_by, { timeout: 20_000 }).toMatch(/^(pool|worker)-/);
    const { rows: workers } = await db.query('select distinct instance from job_worker');

    await doomed.stop('SIGKILL');
    await holder.query('rollback');
    // The killed instance's connections end with it (the one that waited on the lock as soon as it answers).
    await expect.poll(async () => (await db.query('select count(*)::int as n from pg_stat_activity where application_name = any($1)', [workers.map((row) => row.instance)])).rows[0].n, { timeout: 20_000 }).toBe(0);
    expect((await db.query('select locked_by, attempts from graphile_worker.jobs where id = $1', [jobId])).rows).toEqual([{ locked_by: expect.stringMatching(/^(pool|worker)-/), attempts: 1 }]);

    survivor = await startTestServer({ databaseUrl: server.databaseUrl, jobs: true });
    await expect.poll(async () => (await db.query('select 1 from graphile_worker.jobs where id = $1', [jobId])).rowCount, { timeout: 20_000 }).toBe(0);
    const { rows } = await db.query("select action from audit_event where entity_type = 'Escalation' and entity_id = $1 order by id", [escalationId]);
    expect(rows.map((row) => row.action)).toEqual(['escalation.raised', 'escalation.sla_breached']);
    const { rows: notified } = await db.query("select count(*)::int as n from notification where escalation_id = $1 and kind = 'ESCALATION_SLA_BREACHED'", [escalationId]);
    expect(notified[0].n).toBe(1);
  } finally {
    await holder.end();
    await survivor?.app.stop();
  }
});
