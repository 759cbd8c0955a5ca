import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../server/src/root/db/orm-config.ts';
import { ApiClient } from '../support/api-client.ts';
import { type AppProcess, startAppProcess } from '../support/process.ts';
import { createEvaluators, createTestQueue, queryReport } from '../support/queues.ts';
import { type RestartablePostgres, startRestartablePostgres } from '../support/restartable-postgres.ts';

/**
 * The fault test: two server processes on one PostgreSQL, dozens of evaluators claiming and
 * deciding through them, and mid-run one instance is killed with SIGKILL and Postgres crashes
 * (an immediate shutdown: no checkpoint, WAL replay on start) and comes back. Clients behave as a
 * well-written integration would: on a network error they go to the other instance, on
 * SERVICE_UNAVAILABLE they wait the Retry-After, and either way they send the same request
 * again, with the same idempotency key. Afterwards the database itself must show that nothing
 * was handed out twice, decided twice or lost.
 */

const evaluatorCount = 32;
const caseCount = 600;
// Short, so leases orphaned by lost answers (and one abandoned on purpose) come back within the test.
const leaseMs = 3_000;
const ready = /Vigil is ready at http:\/\/localhost:(\d+)/;

let postgres: RestartablePostgres;
let db: pg.Pool;
const instances: AppProcess[] = [];
let urls: string[] = [];
beforeAll(async () => {
  postgres = await startRestartablePostgres();
  // A pool, because the crash ends its connections too: it makes new ones when asked again.
  db = new pg.Pool({ connectionString: postgres.databaseUrl, max: 2 });
  db.on('error', () => undefined);
  const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: postgres.databaseUrl, VIGIL_SEED_DEMO: 'false' };
  instances.push(startAppProcess(env), startAppProcess(env));
  urls = await Promise.all(instances.map(async (instance) => `http://127.0.0.1:${(await instance.waitFor(ready))[1]}`));
}, 180_000);
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop('SIGKILL')));
  await db?.end().catch(() => undefined);
  await postgres?.destroy();
});

const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } case { id status } } }';
const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }';

/** What the clients saw, for the assertions after the run. */
const seen = {
  networkErrors: 0,
  unavailable: [] as { status: number; retryAfter: string | null }[],
  /** Anything that says "a bug": an INTERNAL_SERVER_ERROR, or an answer that is not GraphQL. */
  bugs: [] as string[],
  acknowledged: [] as { decisionId: string; caseId: string; key: string; userId: string }[],
  /** Idempotency keys sent more than once. */
  retriedKeys: new Set<string>(),
  leaseExpired: 0,
};

type Answer = { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

/**
 * One evaluator's client: a session cookie and the instances it may use, its own first. Sends an
 * operation until it gets an answer that is not "try again", within bounds.
 */
class Evaluator {
  private preferred: number;
  constructor(
    readonly userId: string,
    private readonly cookie: string,
    index: number,
  ) {
    this.preferred = index % 2;
  }

  async send(query: string, variables: Record<string, unknown>, onRetry: () => void = () => undefined): Promise<Answer> {
    for (let attempt = 1; attempt <= 100; attempt++) {
      if (attempt > 1) onRetry();
      const url = urls[this.preferred]!;
      let response: Response;
      try {
        response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: this.cookie },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(20_000),
        });
      } catch {
        // Refused or reset: that instance is gone, as a load balancer would see it; use the other.
        seen.networkErrors++;
        this.preferred = 1 - this.preferred;
        await pause(50);
        continue;
      }
      const text = await response.text();
      let answer: Answer;
      try {
        answer = JSON.parse(text) as Answer;
      } catch {
        seen.bugs.push(`HTTP ${response.status}: ${text.slice(0, 200)}`);
        await pause(50);
        continue;
      }
      const code = answer.errors?.[0]?.extensions?.code;
      if (code === 'SERVICE_UNAVAILABLE') {
        const retryAfter = response.headers.get('retry-after');
        seen.unavailable.push({ status: response.status, retryAfter });
        await pause(Number(retryAfter ?? 1) * 1000);
        continue;
      }
      if (code === 'INTERNAL_SERVER_ERROR') {
        seen.bugs.push(`HTTP ${response.status}: ${JSON.stringify(answer.errors)}`);
        await pause(50);
        continue;
      }
      return answer;
    }
    throw new Error(`no answer after 100 attempts: ${query}`);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `condition` holds, checking every 50 ms, or fails after `attempts` checks. */
async function until(what: string, condition: () => boolean | Promise<boolean>, attempts = 1200): Promise<void> {
  for (let n = 0; n < attempts; n++) {
    if (await condition()) return;
    await pause(50);
  }
  throw new Error(`timed out waiting until ${what}`);
}

async function signInOn(url: string, email: string): Promise<{ userId: string; cookie: string }> {
  const client = new ApiClient(url);
  const { id } = await client.signIn(email);
  return { userId: id, cookie: client.cookie! };
}

describe('two instances, one killed, and a Postgres crash mid-run', () => {
  it('hands no case out twice, loses no acknowledged decision, keeps one row per retried key, and hands expired leases out again', async () => {
    const orm = await MikroORM.init(ormConfig(postgres.databaseUrl, { poolMax: 2 }));
    const queue = await createTestQueue(orm.em.fork());
    // Shorter than the API allows (10 s), so this test does not wait long for leases to run out.
    await db.query('update queue set lease_ms = $1 where id = $2', [leaseMs, queue.id]);
    const emails = await createEvaluators(orm.em.fork(), evaluatorCount + 1);
    await orm.close();

    const manager = new ApiClient(urls[0]!);
    await manager.signIn('manager@vigil.example');
    const run = randomUUID().slice(0, 8);
    for (let start = 0; start < caseCount; start += 300) {
      const cases = Array.from({ length: 300 }, (_, i) => queryReport(queue.id, `fault-${run}-${start + i}`));
      expect((await manager.data(ingest, { input: { cases } })).ingestCases.accepted).toBe(300);
    }
    const sessions = await Promise.all(emails.map((email, i) => signInOn(urls[i % 2]!, email)));
    const evaluators = sessions.slice(1).map((session, i) => new Evaluator(session.userId, session.cookie, i));

    // One evaluator claims a case and walks away: its lease must run out and the case be decided by someone else.
    const walkedAway = new Evaluator(sessions[0]!.userId, sessions[0]!.cookie, 0);
    const abandoned: string = (await walkedAway.send(claim, { queueId: queue.id })).data.claimNextCase.case.id;

    const unresolved = async () =>
      (await db.query<{ n: number }>(`select count(*)::int as n from review_case where queue_id = $1 and status <> 'RESOLVED'`, [queue.id]).catch(() => ({ rows: [{ n: -1 }] }))).rows[0]!.n;

    let finished = false;
    const work = Promise.all(
      evaluators.map(async (evaluator, worker) => {
        for (let n = 0; n < caseCount * 2; n++) {
          const claimed = await evaluator.send(claim, { queueId: queue.id });
          const caseId: string | undefined = claimed.data?.claimNextCase?.case?.id;
          if (!caseId) {
            if (claimed.errors) throw new Error(`claim refused: ${JSON.stringify(claimed.errors)}`);
            // Nothing claimable: done, unless leases still held by lost answers will run out.
            if (finished || (await unresolved()) === 0) return;
            await pause(100);
            continue;
          }
          const key = `fault-${worker}-${n}`;
          const input = { caseId, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'benign', handleTimeMs: 900, idempotencyKey: key };
          const decided = await evaluator.send(decide, { input }, () => seen.retriedKeys.add(`${evaluator.userId}/${key}`));
          const decisionId: string | undefined = decided.data?.decideCase?.decision?.id;
          if (decisionId) {
            seen.acknowledged.push({ decisionId, caseId, key, userId: evaluator.userId });
            continue;
          }
          const code = decided.errors?.[0]?.extensions?.code;
          // The outage outlasted the lease: the case went back to the queue (and maybe to someone
          // else, FORBIDDEN "you do not hold this case"), which is the contract.
          if (code === 'LEASE_EXPIRED' || code === 'CONFLICT' || code === 'FORBIDDEN') {
            seen.leaseExpired++;
            continue;
          }
          throw new Error(`decision refused: ${JSON.stringify(decided.errors)}`);
        }
        throw new Error('an evaluator looped without the queue emptying');
      }),
    ).finally(() => (finished = true));
    // A failing worker must not leave the others running while the faults are injected.
    work.catch(() => undefined);

    await until('a fifth of the cases are decided', () => finished || seen.acknowledged.length >= caseCount / 5);
    expect(await instances[1]!.stop('SIGKILL')).toBe(null);

    await until('nearly half of the cases are decided', () => finished || seen.acknowledged.length >= caseCount * 0.45);
    const unavailableBefore = seen.unavailable.length;
    await postgres.crash();
    try {
      // Down long enough for clients to be told so.
      await until('a client is told the service is unavailable', () => finished || seen.unavailable.length > unavailableBefore, 400);
    } finally {
      await postgres.start();
    }

    await work;
    console.log(`fault run: ${seen.acknowledged.length} acknowledged, ${seen.retriedKeys.size} retried keys, ${seen.unavailable.length} SERVICE_UNAVAILABLE, ${seen.networkErrors} network errors, ${seen.leaseExpired} lost leases`);
    expect(await unresolved()).toBe(0);

    // From the database: every case decided exactly once, by one primary decision.
    const doubles = await db.query(
      `select d.case_id, count(*)::int as n from decision d join review_case c on c.id = d.case_id
       where c.queue_id = $1 and d.kind = 'PRIMARY' group by d.case_id having count(*) > 1`,
      [queue.id],
    );
    expect(doubles.rows).toEqual([]);
    const perCase = await db.query<{ id: string; status: string; decisions: number }>(
      `select c.id, c.status, count(d.id)::int as decisions from review_case c left join decision d on d.case_id = c.id
       where c.queue_id = $1 group by c.id`,
      [queue.id],
    );
    expect(perCase.rows).toHaveLength(caseCount);
    expect(perCase.rows.filter((row) => row.status !== 'RESOLVED' || row.decisions !== 1)).toEqual([]);

    // Every decision a client was told about is there, as told.
    const stored = await db.query<{ id: string; case_id: string; idempotency_key: string; decided_by_id: string }>(
      'select id, case_id, idempotency_key, decided_by_id from decision where id = any($1::uuid[])',
      [seen.acknowledged.map((ack) => ack.decisionId)],
    );
    const byId = new Map(stored.rows.map((row) => [row.id, row]));
    const lost = seen.acknowledged.filter((ack) => {
      const row = byId.get(ack.decisionId);
      return !row || row.case_id !== ack.caseId || row.idempotency_key !== ack.key || row.decided_by_id !== ack.userId;
    });
    expect(lost).toEqual([]);
    // A decision acknowledged twice (a retry answered with the first result) is still one decision.
    expect(new Set(seen.acknowledged.map((ack) => ack.caseId)).size).toBe(seen.acknowledged.length);

    // Each key sent more than once left at most one row (exactly one when it was acknowledged).
    expect(seen.retriedKeys.size).toBeGreaterThan(0);
    const retried = [...seen.retriedKeys].map((entry) => entry.split('/') as [string, string]);
    const rowsPerKey = await db.query<{ decided_by_id: string; idempotency_key: string; n: number }>(
      `select decided_by_id, idempotency_key, count(*)::int as n from decision
       where (decided_by_id::text || '/' || idempotency_key) = any($1::text[]) group by decided_by_id, idempotency_key`,
      [[...seen.retriedKeys]],
    );
    expect(rowsPerKey.rows.filter((row) => row.n !== 1)).toEqual([]);
    const acknowledgedKeys = new Set(seen.acknowledged.map((ack) => `${ack.userId}/${ack.key}`));
    const rowKeys = new Set(rowsPerKey.rows.map((row) => `${row.decided_by_id}/${row.idempotency_key}`));
    expect(retried.filter(([userId, key]) => acknowledgedKeys.has(`${userId}/${key}`) && !rowKeys.has(`${userId}/${key}`))).toEqual([]);

    // The abandoned lease ran out and the case went to someone else.
    const abandonedCase = await db.query<{ decided_by_id: string; claims: number }>(
      `select d.decided_by_id, (select count(*)::int from audit_event a where a.action = 'case.claimed' and a.entity_id = $1::text) as claims
       from decision d where d.case_id = $1::uuid`,
      [abandoned],
    );
    expect(abandonedCase.rows).toHaveLength(1);
    expect(abandonedCase.rows[0]!.decided_by_id).not.toBe(walkedAway.userId);
    expect(abandonedCase.rows[0]!.claims).toBeGreaterThanOrEqual(2);

    // The surviving instance still runs background jobs after the crash (a worker pool that gave up mid-job is replaced).
    const {
      rows: [job],
    } = await db.query<{ id: string }>("select (graphile_worker.add_job('recover_abandoned_jobs', '{}'::json)).id::text as id");
    // Polled as the job's row: gone once it ran; otherwise what became of it says why (attempts, last error, lock).
    await expect
      .poll(async () => (await db.query('select attempts, last_error, locked_by, run_at < now() as due from graphile_worker.jobs where id = $1', [job!.id])).rows, { timeout: 30_000 })
      .toEqual([]);

    // What clients saw: the faults did reach them, as retryable answers only, never as a bug.
    expect(seen.networkErrors).toBeGreaterThan(0);
    expect(seen.unavailable.length).toBeGreaterThan(0);
    expect(seen.unavailable.filter((answer) => answer.status !== 503 || answer.retryAfter !== '2')).toEqual([]);
    // A bug's answer says only "Internal server error."; the instances logged why.
    const logged = instances.flatMap((instance) => instance.output().match(/^error: .*(\n {4}at .*){0,6}/gm) ?? []);
    expect(seen.bugs, logged.join('\n')).toEqual([]);
  }, 240_000);
});
