import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/kernel/roles.ts';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { createEvaluators, createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Appeals as the platform files them for its users (an APPEALS_WRITE token), and as the appeals
 * queue decides them: never by anyone who decided the original case.
 */
let server: TestServer;
let db: pg.Client;
let admin: ApiClient;
let platform: ApiClient;
let enforcer: ApiClient;
let original: ApiClient;
let reviewer: ApiClient;
let qa: ApiClient;

const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id queue { id name } severity slaDueAt appeal { id statement appellantRef appealedOutcome { verdict action rationale } } } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } case { status } } }';
const submit = 'mutation ($input: SubmitAppealInput!) { submitAppeal(input: $input) { appeal { id status caseId appealedCaseId appealedDecisionId outcomeDecisionId statement appellantRef } } }';
const appealQuery = 'query ($id: ID!) { appeal(id: $id) { id status outcomeDecisionId decidedAt } }';
const changes = 'query ($since: String) { enforcementChanges(domain: SEARCH, since: $since, first: 1000) { version hasMore changes { change subject { key } decisionId entry { action } } } }';
const feed = 'query ($after: String) { decisionEvents(after: $after, first: 1000) { endCursor events { decisionId caseId kind action supersedesDecisionId } } }';

const blocked = { verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: { type: 'BLOCK_RESULTS' }, rationale: 'a scam storefront', handleTimeMs: 1000 };
const benign = { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'a shop, not a scam', handleTimeMs: 1000 };

async function tokenWith(scope: string): Promise<ApiClient> {
  const { createApiToken } = await admin.data('mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', { input: { name: `${scope} ${randomUUID().slice(0, 6)}`, scopes: [scope] } });
  return new ApiClient(server.url, createApiToken.secret);
}

/** A case of a fresh queue decided by `by`; the queue, the case and the decision. */
async function decided(by: ApiClient, finding: Record<string, unknown>, queueOptions: { qaSampleRate?: number } = {}) {
  const queue = await createTestQueue(server.app.orm.em.fork(), queueOptions);
  await admin.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', { input: { cases: [queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`)] } });
  const { claimNextCase } = await by.data(claim, { queueId: queue.id });
  const { decideCase } = await by.data(decide, { input: { caseId: claimNextCase.case.id, ...finding, idempotencyKey: randomUUID() } });
  return { queue, caseId: claimNextCase.case.id as string, decisionId: decideCase.decision.id as string };
}

const appealOf = (decisionId: string, key = randomUUID()) => ({ input: { decisionId, statement: 'My shop sells ordinary goods.', appellantRef: 'user-ref-17', idempotencyKey: key } });

/** The appeals queue of `queueId`, made by the first appeal. */
async function appealsQueueOf(queueId: string): Promise<string> {
  const { rows } = await db.query('select appeals_queue_id from queue where id = $1', [queueId]);
  return rows[0].appeals_queue_id;
}

async function feedEnd(): Promise<string | null> {
  return (await enforcer.data(feed, { after: null })).decisionEvents.endCursor;
}

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  admin = await signedIn(server.url, 'admin@vigil.example');
  [platform, enforcer] = await Promise.all([tokenWith('APPEALS_WRITE'), tokenWith('DECISIONS_READ')]);
  const [first, second] = await createEvaluators(server.app.orm.em.fork(), 2);
  const [analyst] = await createEvaluators(server.app.orm.em.fork(), 1, Role.QA_ANALYST);
  [original, reviewer, qa] = await Promise.all([signedIn(server.url, first!), signedIn(server.url, second!), signedIn(server.url, analyst!)]);
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('appeals', () => {
  it('opens an appeal of the enforced outcome in the queue’s appeals queue, due by the action’s severity, once per key', async () => {
    const { queue, caseId, decisionId } = await decided(original, blocked);
    const key = randomUUID();
    const { submitAppeal } = await platform.data(submit, appealOf(decisionId, key));
    expect(submitAppeal.appeal).toMatchObject({ status: 'OPEN', appealedCaseId: caseId, appealedDecisionId: decisionId, outcomeDecisionId: null, appellantRef: 'user-ref-17' });
    expect((await platform.data(submit, appealOf(decisionId, key))).submitAppeal.appeal.id).toBe(submitAppeal.appeal.id);
    expect((await platform.request(submit, appealOf(decisionId))).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'decisionId' });

    const { rows } = await db.query('select q.name, q.for_appeals, q.double_review_rate, q.qa_sample_rate, c.severity, extract(epoch from c.sla_due_at - c.arrived_at)::int as sla_s from review_case c join queue q on q.id = c.queue_id where c.id = $1', [submitAppeal.appeal.caseId]);
    expect(rows[0]).toEqual({ name: `${queue.name} — appeals`, for_appeals: true, double_review_rate: 0, qa_sample_rate: 0, severity: 'S1', sla_s: 3600 });
    const audit = await db.query("select action from audit_event where entity_id = $1 or entity_id = $2 order by id", [submitAppeal.appeal.id, submitAppeal.appeal.caseId]);
    expect(audit.rows.map((row) => row.action)).toEqual(['case.ingested', 'appeal.submitted']);
  });

  it('refuses what cannot be appealed: nothing enforced, a superseded outcome, a bad id', async () => {
    const cleared = await decided(original, benign);
    expect((await platform.request(submit, appealOf(cleared.decisionId))).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'decisionId' });
    const overturned = await decided(original, blocked, { qaSampleRate: 1 });
    const { claimNextQaTask } = await qa.data('mutation ($q: ID) { claimNextQaTask(kind: SAMPLE, queueId: $q) { task { id } } }', { q: overturned.queue.id });
    await qa.data('mutation ($input: CompleteQaTaskInput!) { completeQaTask(input: $input) { task { id } } }', { input: { taskId: claimNextQaTask.task.id, ...benign } });
    expect((await platform.request(submit, appealOf(overturned.decisionId))).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await platform.request(submit, appealOf('not-a-decision'))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisionId' });
    expect((await platform.request(submit, appealOf(randomUUID()))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await platform.request(submit, { input: { ...appealOf(cleared.decisionId).input, statement: '   ' } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never hands an appeal to anyone who decided the original case, and shows the reviewer the statement and the appealed outcome', async () => {
    const { queue, decisionId } = await decided(original, blocked, { qaSampleRate: 1 });
    const { claimNextQaTask } = await qa.data('mutation ($q: ID) { claimNextQaTask(kind: SAMPLE, queueId: $q) { task { id } } }', { q: queue.id });
    await qa.data('mutation ($input: CompleteQaTaskInput!) { completeQaTask(input: $input) { task { id } } }', { input: { taskId: claimNextQaTask.task.id, ...blocked } });
    const { submitAppeal } = await platform.data(submit, appealOf(decisionId));
    const appealsQueue = await appealsQueueOf(queue.id);

    expect((await original.data(claim, { queueId: appealsQueue })).claimNextCase.case).toBeNull();
    expect((await qa.data(claim, { queueId: appealsQueue })).claimNextCase.case).toBeNull();
    const { claimNextCase } = await reviewer.data(claim, { queueId: appealsQueue });
    expect(claimNextCase.case).toMatchObject({
      id: submitAppeal.appeal.caseId,
      appeal: { id: submitAppeal.appeal.id, statement: 'My shop sells ordinary goods.', appealedOutcome: { verdict: 'VIOLATING', action: 'BLOCK_RESULTS', rationale: 'a scam storefront' } },
    });
  });

  it('lifts the enforcement when the reviewer reverses, in the deciding transaction, and says so on the feed; an upheld appeal keeps it', async () => {
    const reversed = await decided(original, blocked);
    const upheld = await decided(original, blocked);
    const version = (await enforcer.data(changes, { since: null })).enforcementChanges.version;
    const from = await feedEnd();
    const appeals = [(await platform.data(submit, appealOf(reversed.decisionId))).submitAppeal.appeal, (await platform.data(submit, appealOf(upheld.decisionId))).submitAppeal.appeal];

    const outcomes: Record<string, string> = {};
    for (const [appeal, finding] of [
      [appeals[0], benign],
      [appeals[1], blocked],
    ] as const) {
      const queueId = await appealsQueueOf(appeal === appeals[0] ? reversed.queue.id : upheld.queue.id);
      const { claimNextCase } = await reviewer.data(claim, { queueId });
      const { decideCase } = await reviewer.data(decide, { input: { caseId: claimNextCase.case.id, ...finding, idempotencyKey: randomUUID() } });
      expect(decideCase.case.status).toBe('RESOLVED');
      outcomes[appeal.id] = decideCase.decision.id;
    }

    // Read back as soon as the decision returned.
    const [reversedAppeal, upheldAppeal] = await Promise.all(appeals.map(async (appeal) => (await platform.data(appealQuery, { id: appeal.id })).appeal));
    expect(reversedAppeal).toMatchObject({ status: 'REVERSED', outcomeDecisionId: outcomes[appeals[0].id] });
    expect(upheldAppeal).toMatchObject({ status: 'UPHELD', outcomeDecisionId: outcomes[appeals[1].id] });
    const { events } = (await enforcer.data(feed, { after: from })).decisionEvents;
    expect(events.filter((event: any) => event.kind === 'APPEAL_OUTCOME')).toEqual([
      { decisionId: outcomes[appeals[0].id], caseId: appeals[0].caseId, kind: 'APPEAL_OUTCOME', action: 'NO_ACTION', supersedesDecisionId: reversed.decisionId },
      { decisionId: outcomes[appeals[1].id], caseId: appeals[1].caseId, kind: 'APPEAL_OUTCOME', action: 'BLOCK_RESULTS', supersedesDecisionId: upheld.decisionId },
    ]);
    const { enforcementChanges } = await enforcer.data(changes, { since: version });
    expect(enforcementChanges.changes.map((change: any) => [change.change, change.decisionId, change.entry?.action ?? null])).toEqual([
      ['REMOVE', outcomes[appeals[0].id], null],
      ['ADD', outcomes[appeals[1].id], 'BLOCK_RESULTS'],
    ]);
    const audit = await db.query("select actor_id, after->>'status' as status from audit_event where action = 'appeal.decided' and entity_id = any($1) order by id", [appeals.map((appeal) => appeal.id)]);
    expect(audit.rows.map((row) => row.status)).toEqual(['REVERSED', 'UPHELD']);

    // An appeal's outcome is final here.
    expect((await platform.request(submit, appealOf(outcomes[appeals[1].id]!))).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
