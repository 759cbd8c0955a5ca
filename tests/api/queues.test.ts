import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { createEvaluators, createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let db: pg.Client;
let manager: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  manager = await signedIn(server.url, 'manager@vigil.example');
});
afterAll(async () => {
  await db.end();
  await server.stop();
});

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted failed results { index status caseId error { code field message } } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id status severity leaseExpiresAt subject { key } } } }';
const decide =
  'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id kind verdict action actionParams } case { id status } } }';

function decision(caseId: string, key: string, overrides: Record<string, unknown> = {}) {
  return { input: { caseId, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'benign', handleTimeMs: 1200, idempotencyKey: key, ...overrides } };
}

/** Query text no other case has: subjects are global, so a demo case with the same text would merge. */
const unique = (text: string) => `${text}-${runId}`;
const runId = randomUUID().slice(0, 8);

async function newQueue(overrides: Parameters<typeof createTestQueue>[1] = {}) {
  return createTestQueue(server.app.orm.em.fork(), overrides);
}

describe('ingesting cases', () => {
  it('keeps the good reports of a batch and says item by item why the others failed', async () => {
    const queue = await newQueue();
    const { ingestCases } = await manager.data(ingest, {
      input: {
        cases: [
          queryReport(queue.id, unique('prohibited-item-query-1')),
          queryReport(queue.id, unique('prohibited-item-query-2'), { policyCode: 'NO_SUCH_POLICY' }),
          { ...queryReport(queue.id, unique('x')), subject: { kind: 'ACCOUNT', locale: 'en-GB', searchQuery: { text: 'x', dailyVolume: 1, trend: 1, topResults: [] } } },
          queryReport(queue.id, unique('prohibited-item-query-3'), { policyCode: 'IMPERSONATION' }),
          queryReport(queue.id, unique('prohibited-item-query-4')),
        ],
      },
    });
    expect(ingestCases.accepted).toBe(2);
    expect(ingestCases.failed).toBe(3);
    expect(ingestCases.results.map((result: any) => result.status)).toEqual(['CREATED', 'FAILED', 'FAILED', 'FAILED', 'CREATED']);
    expect(ingestCases.results[1].error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'policyCode' });
    expect(ingestCases.results[2].error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject.searchQuery' });
    expect(ingestCases.results[3].error.message).toMatch(/does not apply to search/);
    const { rows } = await db.query('select count(*)::int as n from review_case where queue_id = $1', [queue.id]);
    expect(rows[0].n).toBe(2);
  });

  it('merges a report about a subject with an open case, raising severity and pulling the SLA in', async () => {
    const queue = await newQueue();
    const first = (await manager.data(ingest, { input: { cases: [queryReport(queue.id, unique('Scam-Offer-Term-4  cheap'), { policyCode: 'SPAM_AND_FAKE_ENGAGEMENT' })] } })).ingestCases;
    const caseId = first.results[0].caseId;
    const before = (await db.query('select severity, sla_due_at from review_case where id = $1', [caseId])).rows[0];
    expect(before.severity).toBe('S3');
    const second = (
      await manager.data(ingest, {
        input: { cases: [queryReport(queue.id, unique('scam-offer-term-4 cheap'), { policyCode: 'SCAMS_AND_FRAUD', reasons: ['suspected fraud'], source: 'model-flag' })] },
      })
    ).ingestCases;
    expect(second.results[0]).toMatchObject({ status: 'MERGED', caseId });
    const after = (await db.query('select severity, sla_due_at, report_count, reasons, sources from review_case where id = $1', [caseId])).rows[0];
    expect(after).toMatchObject({ severity: 'S2', report_count: 2, reasons: ['reported as unsafe', 'suspected fraud'], sources: ['user-report', 'model-flag'] });
    expect(after.sla_due_at.getTime()).toBeLessThan(before.sla_due_at.getTime());
  });

  it('is for managers, admins and CASES_WRITE tokens only', async () => {
    const queue = await newQueue();
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    expect((await evaluator.request(ingest, { input: { cases: [queryReport(queue.id, unique('q'))] } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await signedIn(server.url, 'admin@vigil.example');
    const { createApiToken } = await admin.data('mutation { createApiToken(input: { name: "ranking ingest", scopes: [CASES_WRITE] }) { secret } }');
    const integrator = new ApiClient(server.url, createApiToken.secret);
    const { ingestCases } = await integrator.data(ingest, { input: { cases: [queryReport(queue.id, unique('prohibited-item-query-77'))] } });
    expect(ingestCases.accepted).toBe(1);
    const { rows } = await db.query("select actor_type from audit_event where action = 'case.ingested' and entity_id = $1", [ingestCases.results[0].caseId]);
    expect(rows).toEqual([{ actor_type: 'API_TOKEN' }]);
  });
});

describe('claiming and deciding', () => {
  it('hands out cases by severity, then SLA due, then arrival', async () => {
    const queue = await newQueue();
    await manager.data(ingest, {
      input: {
        cases: [
          queryReport(queue.id, unique('low-1'), { severity: 'S3' }),
          queryReport(queue.id, unique('critical-1'), { severity: 'S1' }),
          queryReport(queue.id, unique('medium-1'), { severity: 'S2' }),
        ],
      },
    });
    const evaluator = await signedIn(server.url, 'evaluator2@vigil.example');
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { claimNextCase } = await evaluator.data(claim, { queueId: queue.id });
      order.push(claimNextCase.case.subject.key);
      await evaluator.data(decide, decision(claimNextCase.case.id, `order-${i}-${claimNextCase.case.id}`));
    }
    expect(order).toEqual([`query:en-GB:${unique('critical-1')}`, `query:en-GB:${unique('medium-1')}`, `query:en-GB:${unique('low-1')}`]);
    expect((await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case).toBeNull();
  });

  it('returns the first decision when a decide is retried with the same idempotency key', async () => {
    const queue = await newQueue();
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, unique('retry-me'))] } });
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const { claimNextCase } = await evaluator.data(claim, { queueId: queue.id });
    const variables = decision(claimNextCase.case.id, 'retry-key-0001');
    const [first, second] = await Promise.all([evaluator.data(decide, variables), evaluator.data(decide, variables)]);
    expect(second.decideCase.decision.id).toBe(first.decideCase.decision.id);
    const third = await evaluator.data(decide, variables);
    expect(third.decideCase.decision.id).toBe(first.decideCase.decision.id);
    const { rows } = await db.query('select count(*)::int as n from decision where case_id = $1', [claimNextCase.case.id]);
    expect(rows[0].n).toBe(1);
  });

  it('returns a case whose lease ran out to the queue and refuses the late decision', async () => {
    const queue = await newQueue();
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, unique('slow-one'))] } });
    const slow = await signedIn(server.url, 'evaluator@vigil.example');
    const caseId = (await slow.data(claim, { queueId: queue.id })).claimNextCase.case.id;
    const other = await signedIn(server.url, 'evaluator2@vigil.example');
    expect((await other.data(claim, { queueId: queue.id })).claimNextCase.case).toBeNull();

    // Time passes: the lease runs out (no timer anywhere; the claim query reads the column).
    await db.query("update review_case set lease_expires_at = now() - interval '1 second' where id = $1", [caseId]);
    const late = await slow.request(decide, decision(caseId, 'late-key-0001'));
    expect(late.errors?.[0]?.extensions?.code).toBe('LEASE_EXPIRED');
    expect((await slow.request('mutation ($id: ID!) { heartbeatLease(caseId: $id) { case { id } } }', { id: caseId })).errors?.[0]?.extensions?.code).toBe('LEASE_EXPIRED');

    expect((await other.data(claim, { queueId: queue.id })).claimNextCase.case.id).toBe(caseId);
    const foreign = await slow.request(decide, decision(caseId, 'late-key-0002'));
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await other.data(decide, decision(caseId, 'other-key-0001'))).decideCase.case.status).toBe('RESOLVED');
  });

  it('gives a claimer back the case they still hold instead of a second one', async () => {
    const queue = await newQueue();
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, unique('held-1')), queryReport(queue.id, unique('held-2'))] } });
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const first = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case;
    const again = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case;
    expect(again.id).toBe(first.id);
    const { rows } = await db.query("select count(*)::int as n from audit_event where action = 'case.claimed' and entity_id = $1", [first.id]);
    expect(rows[0].n).toBe(1);
  });

  it('lets the holder extend or release the lease', async () => {
    const queue = await newQueue();
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, unique('release-me'))] } });
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const claimed = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case;
    const { heartbeatLease } = await evaluator.data('mutation ($id: ID!) { heartbeatLease(caseId: $id) { case { leaseExpiresAt } } }', { id: claimed.id });
    expect(new Date(heartbeatLease.case.leaseExpiresAt).getTime()).toBeGreaterThanOrEqual(new Date(claimed.leaseExpiresAt).getTime());
    const { releaseCase } = await evaluator.data('mutation ($id: ID!) { releaseCase(caseId: $id) { case { status leaseExpiresAt } } }', { id: claimed.id });
    expect(releaseCase.case).toEqual({ status: 'OPEN', leaseExpiresAt: null });
    const other = await signedIn(server.url, 'evaluator2@vigil.example');
    expect((await other.data(claim, { queueId: queue.id })).claimNextCase.case.id).toBe(claimed.id);
  });

  it('validates actions against the domain and their parameters', async () => {
    const queue = await newQueue();
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, unique('needs-action'))] } });
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const caseId = (await evaluator.data(claim, { queueId: queue.id })).claimNextCase.case.id;
    const violating = { verdict: 'VIOLATING', policyCodes: ['REGULATED_GOODS'] };
    const accountAction = await evaluator.request(decide, decision(caseId, 'k-0000001', { ...violating, action: { type: 'SUSPEND', suspensionDays: 3 } }));
    expect(accountAction.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'action.type' });
    const strayParam = await evaluator.request(decide, decision(caseId, 'k-0000002', { ...violating, action: { type: 'BLOCK_RESULTS', suspensionDays: 3 } }));
    expect(strayParam.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'action.suspensionDays' });
    const noPolicy = await evaluator.request(decide, decision(caseId, 'k-0000003', { verdict: 'VIOLATING', action: { type: 'BLOCK_RESULTS' } }));
    expect(noPolicy.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'policyCodes' });
    const ok = await evaluator.data(decide, decision(caseId, 'k-0000004', { ...violating, action: { type: 'BLOCK_RESULTS' } }));
    expect(ok.decideCase.decision).toMatchObject({ verdict: 'VIOLATING', action: 'BLOCK_RESULTS', actionParams: {} });
  });
});

describe('blind second review', () => {
  it('never hands a case back to its first reviewer, hides the first decision, and sends disagreement to adjudication', async () => {
    const queue = await newQueue({ doubleReviewRate: 1 });
    await manager.data(ingest, { input: { cases: [queryReport(queue.id, unique('double-1')), queryReport(queue.id, unique('double-2'))] } });
    const first = await signedIn(server.url, 'evaluator@vigil.example');
    const second = await signedIn(server.url, 'evaluator2@vigil.example');

    const decided: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { claimNextCase } = await first.data(claim, { queueId: queue.id });
      const { decideCase } = await first.data(decide, decision(claimNextCase.case.id, `first-${i}-0000`));
      expect(decideCase.case.status).toBe('AWAITING_SECOND_REVIEW');
      decided.push(claimNextCase.case.id);
    }
    expect((await first.data(claim, { queueId: queue.id })).claimNextCase.case).toBeNull();

    const caseQuery = 'query ($id: ID!) { case(id: $id) { decisions { kind decidedBy { email } } } }';
    const a = (await second.data(claim, { queueId: queue.id })).claimNextCase.case;
    expect((await second.data(caseQuery, { id: a.id })).case.decisions).toEqual([]);
    const agree = await second.data(decide, decision(a.id, 'second-a-0000'));
    expect(agree.decideCase).toMatchObject({ decision: { kind: 'SECOND_REVIEW' }, case: { status: 'RESOLVED' } });

    const b = (await second.data(claim, { queueId: queue.id })).claimNextCase.case;
    const disagree = await second.data(decide, decision(b.id, 'second-b-0000', { verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: { type: 'DEMOTE_RESULTS' } }));
    expect(disagree.decideCase.case.status).toBe('IN_ADJUDICATION');
    expect(new Set([a.id, b.id])).toEqual(new Set(decided));

    const { case: overseen } = await manager.data(caseQuery, { id: b.id });
    expect(overseen.decisions.map((d: any) => d.kind)).toEqual(['PRIMARY', 'SECOND_REVIEW']);
  });
});

describe('under load', () => {
  it('never hands one case to two evaluators: 64 concurrent claimers decide every case exactly once', async () => {
    const queue = await newQueue();
    const total = 2000;
    for (let start = 0; start < total; start += 500) {
      const cases = Array.from({ length: 500 }, (_, i) => queryReport(queue.id, unique(`load-query-${start + i}`)));
      expect((await manager.data(ingest, { input: { cases } })).ingestCases.accepted).toBe(500);
    }
    const emails = await createEvaluators(server.app.orm.em.fork(), 64);
    const evaluators = await Promise.all(emails.map((email) => signedIn(server.url, email)));

    let decidedByClients = 0;
    await Promise.all(
      evaluators.map(async (evaluator, worker) => {
        for (let n = 0; ; n++) {
          const { claimNextCase } = await evaluator.data(claim, { queueId: queue.id });
          if (!claimNextCase.case) return;
          await evaluator.data(decide, decision(claimNextCase.case.id, `load-${worker}-${n}-key`));
          decidedByClients++;
        }
      }),
    );

    expect(decidedByClients).toBe(total);
    const perCase = await db.query(
      `select c.id, c.status, count(distinct d.id)::int as decisions,
              (select count(*)::int from audit_event a where a.action = 'case.claimed' and a.entity_id = c.id::text) as claims
       from review_case c left join decision d on d.case_id = c.id where c.queue_id = $1 group by c.id`,
      [queue.id],
    );
    expect(perCase.rows).toHaveLength(total);
    expect(perCase.rows.filter((row) => row.status !== 'RESOLVED' || row.decisions !== 1 || row.claims !== 1)).toEqual([]);
  }, 120_000);
});
