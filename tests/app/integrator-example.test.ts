import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/root/config.ts';
import { signedIn } from '../support/api-client.ts';
import { createTestQueue } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** `examples/integrator.mjs` run as a newcomer would, against a running Vigil, while an evaluator decides in the app. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ jobs: true });
});
afterAll(async () => {
  await server?.stop();
});

it('runs the example integration end to end: token, webhook endpoint, cases in, the feed from a cursor, a verified webhook, an appeal', { timeout: 90_000 }, async () => {
  const queue = await createTestQueue(server.app.orm.em.fork());
  const cursorFile = path.join(await mkdtemp(path.join(tmpdir(), 'vigil-example-')), 'cursor');
  const child = spawn(process.execPath, ['examples/integrator.mjs', '--url', server.url, '--team', 'Search Safety EMEA', '--queue', queue.id, '--cursor-file', cursorFile], {
    cwd: repoRoot,
    env: { ...process.env, VIGIL_WAIT_SECONDS: '30' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const steps: Record<string, any>[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    steps.push(...lines.filter(Boolean).map((line) => JSON.parse(line)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

  // Once the cases are in, an evaluator decides one of them.
  await expect.poll(() => steps.map((step) => step.step), { timeout: 30_000 }).toContain('pushed');
  const pushed = steps.find((step) => step.step === 'pushed')!.caseIds as string[];
  expect(pushed).toHaveLength(3);
  const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
  const { claimNextCase } = await evaluator.data('mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }', { queueId: queue.id });
  expect(pushed).toContain(claimNextCase.case.id);
  const { decideCase } = await evaluator.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', {
    input: { caseId: claimNextCase.case.id, verdict: 'VIOLATING', policyCodes: ['REGULATED_GOODS'], action: { type: 'BLOCK_RESULTS' }, rationale: 'sells a prohibited item', handleTimeMs: 1000, idempotencyKey: randomUUID() },
  });

  expect(await exited, stderr).toBe(0);
  expect(steps.map((step) => step.step)).toEqual(['token', 'webhook endpoint', 'pushed', 'webhook verified', 'feed', 'appeal submitted']);
  expect(steps[3]).toMatchObject({ decisionId: decideCase.decision.id, caseId: claimNextCase.case.id, action: 'BLOCK_RESULTS' });
  expect(steps[4]).toMatchObject({ sawDecision: true, eventsRead: expect.any(Number) });
  expect(steps[5]).toMatchObject({ status: 'OPEN' });
  expect(await readFile(cursorFile, 'utf8')).toBe(steps[4]!.cursor);

  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query('select a.status, a.appealed_decision_id from appeal a where a.id = $1', [steps[5]!.appealId]);
    expect(rows).toEqual([{ status: 'OPEN', appealed_decision_id: decideCase.decision.id }]);
  } finally {
    await db.end();
  }
});
