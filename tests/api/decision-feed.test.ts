import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, collect, signedIn, socketClient } from '../support/api-client.ts';
import { createEvaluators, createTestQueue, queryReport, recordQaReview as qaReview } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * The decision feed, as an enforcing system consumes it: a DECISIONS_READ token pages from its
 * stored cursor. Its queue is the test's own, so the events it checks are the ones it caused.
 */
let server: TestServer;
let db: pg.Client;
let admin: ApiClient & { userId: string };
let feedToken: string;
let casesToken: string;
let evaluatorEmails: string[];
const runId = randomUUID().slice(0, 8);

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted results { caseId } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id subject { key } } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } case { id status } } }';
const feedQuery = `query ($after: String, $first: Int, $filter: DecisionEventFilter) { decisionEvents(after: $after, first: $first, filter: $filter) {
  endCursor hasMore
  events { cursor decisionId caseId queueId domain subject { kind key locale } kind verdict policyCodes action actionParams supersedesDecisionId decidedAt }
} }`;

interface FeedEvent {
  cursor: string;
  decisionId: string;
  caseId: string;
  queueId: string;
  kind: string;
  verdict: string;
  policyCodes: string[];
  action: string;
  subject: { key: string };
  supersedesDecisionId: string | null;
}

interface Finding {
  verdict: string;
  policyCodes: string[];
  action: { type: string };
  rationale: string;
  handleTimeMs: number;
}
const benign: Finding = { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'benign', handleTimeMs: 1000 };
const blocked: Finding = { verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: { type: 'BLOCK_RESULTS' }, rationale: 'scam', handleTimeMs: 1000 };

/** Every event ready after `cursor`, paged `first` at a time, and the cursor to resume from. */
async function drain(client: ApiClient, cursor: string | null, first = 50, filter?: Record<string, unknown>): Promise<{ events: FeedEvent[]; cursor: string | null }> {
  const events: FeedEvent[] = [];
  for (;;) {
    const { decisionEvents } = await client.data(feedQuery, { after: cursor, first, filter });
    events.push(...decisionEvents.events);
    cursor = decisionEvents.endCursor;
    if (!decisionEvents.hasMore) return { events, cursor };
  }
}

const asToken = (baseUrl: string, secret: string) => new ApiClient(baseUrl, secret);

async function pushCases(queueId: string, count: number, label: string): Promise<string[]> {
  const cases = Array.from({ length: count }, (_, i) => queryReport(queueId, `feed-query-${label}-${i}-${runId}`));
  const { ingestCases } = await admin.data(ingest, { input: { cases } });
  return ingestCases.results.map((result: { caseId: string }) => result.caseId);
}

/** Claims and decides cases of the queue until it is empty; returns the decision ids. */
async function work(baseUrl: string, email: string, queueId: string, finding: Finding = benign): Promise<string[]> {
  const evaluator = await signedIn(baseUrl, email);
  const decided: string[] = [];
  for (;;) {
    const { claimNextCase } = await evaluator.data(claim, { queueId });
    if (!claimNextCase.case) return decided;
    const { decideCase } = await evaluator.data(decide, { input: { caseId: claimNextCase.case.id, ...finding, idempotencyKey: randomUUID() } });
    decided.push(decideCase.decision.id);
  }
}

/** The start of the feed now: later events are the test's own. */
async function endOfFeed(): Promise<string | null> {
  return (await drain(asToken(server.url, feedToken), null, 1000)).cursor;
}

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  admin = await signedIn(server.url, 'admin@vigil.example');
  const token = 'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }';
  feedToken = (await admin.data(token, { input: { name: `enforcement ${runId}`, scopes: ['DECISIONS_READ'] } })).createApiToken.secret;
  casesToken = (await admin.data(token, { input: { name: `cases ${runId}`, scopes: ['CASES_READ'] } })).createApiToken.secret;
  evaluatorEmails = await createEvaluators(server.app.orm.em.fork(), 4);
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('the decision feed', () => {
  it('puts each case outcome on the feed once, with the subject and what to enforce', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const from = await endOfFeed();
    await pushCases(queue.id, 2, 'outcome');
    const [first] = await work(server.url, evaluatorEmails[0]!, queue.id, blocked);
    const { events } = await drain(asToken(server.url, feedToken), from);
    const ours = events.filter((event) => event.queueId === queue.id);
    expect(ours).toHaveLength(2);
    expect(ours[0]).toMatchObject({ decisionId: first, kind: 'PRIMARY', verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: 'BLOCK_RESULTS', supersedesDecisionId: null });
    expect(ours[0]!.subject.key).toContain(`feed-query-outcome-`);
    // Asked again from the same cursor, the feed gives the same events; from the end, none.
    expect((await drain(asToken(server.url, feedToken), from)).events.map((event) => event.cursor)).toEqual(events.map((event) => event.cursor));
    const end = (await drain(asToken(server.url, feedToken), from)).cursor;
    expect((await drain(asToken(server.url, feedToken), end)).events).toEqual([]);
    // Filters narrow what comes back, never the order.
    const filtered = await drain(asToken(server.url, feedToken), from, 50, { queueIds: [queue.id], actions: ['BLOCK_RESULTS'] });
    expect(filtered.events.map((event) => event.decisionId)).toEqual(ours.map((event) => event.decisionId));
  });

  it('waits for a blind second review, adds nothing for a confirmation and supersedes on an override', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { doubleReviewRate: 1 });
    const from = await endOfFeed();
    const [caseId] = await pushCases(queue.id, 1, 'review');
    await work(server.url, evaluatorEmails[0]!, queue.id, blocked);
    expect((await drain(asToken(server.url, feedToken), from)).events.filter((event) => event.caseId === caseId)).toEqual([]);
    const [second] = await work(server.url, evaluatorEmails[1]!, queue.id, blocked);
    await qaReview(db, second!, { verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: 'BLOCK_RESULTS' });
    const overturn = await qaReview(db, second!, { verdict: 'NOT_VIOLATING', policyCodes: [], action: 'NO_ACTION' });
    const events = (await drain(asToken(server.url, feedToken), from)).events.filter((event) => event.caseId === caseId);
    expect(events).toMatchObject([
      { decisionId: second, kind: 'PRIMARY', action: 'BLOCK_RESULTS', supersedesDecisionId: null },
      { decisionId: overturn, kind: 'QA_OVERRIDE', action: 'NO_ACTION', supersedesDecisionId: second },
    ]);
  });

  it('holds back an outcome committed while an older transaction runs, then gives both in transaction order', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    await pushCases(queue.id, 2, 'horizon');
    const [a, b] = await work(server.url, evaluatorEmails[2]!, queue.id);
    const from = await endOfFeed();
    const older = new pg.Client({ connectionString: server.databaseUrl });
    await older.connect();
    try {
      await older.query('begin');
      await older.query('select pg_current_xact_id()');
      const later = await qaReview(db, b!, { verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: 'BLOCK_RESULTS' });
      expect((await drain(asToken(server.url, feedToken), from)).events).toEqual([]);
      const earlier = await qaReview(older, a!, { verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: 'BLOCK_RESULTS' });
      await older.query('commit');
      const events = (await drain(asToken(server.url, feedToken), from)).events;
      expect(events.map((event) => event.decisionId)).toEqual([earlier, later]);
    } finally {
      await older.end();
    }
  });

  it('gives a consumer every outcome exactly once and in order across two writing instances and a restart', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    let cursor = await endOfFeed();
    const consumed: FeedEvent[] = [];
    const consume = async (baseUrl: string) => {
      const page = await drain(asToken(baseUrl, feedToken), cursor, 3, { queueIds: [queue.id] });
      consumed.push(...page.events);
      cursor = page.cursor;
    };
    // A second instance on the same database writes and serves the consumer; it is then stopped
    // and replaced, and the consumer resumes on the new one from the cursor it stored.
    let second = await startTestServer({ databaseUrl: server.databaseUrl });
    try {
      for (const phase of ['before the restart', 'after the restart']) {
        await pushCases(queue.id, 12, phase.replaceAll(' ', '-'));
        const writers = Promise.all([work(server.url, evaluatorEmails[0]!, queue.id), work(second.url, evaluatorEmails[1]!, queue.id)]);
        let done = false;
        void writers.finally(() => (done = true));
        while (!done) await consume(second.url);
        await writers;
        await consume(second.url);
        if (phase === 'before the restart') {
          await second.app.stop();
          second = await startTestServer({ databaseUrl: server.databaseUrl });
        }
      }
    } finally {
      await second.app.stop();
    }
    const { rows } = await db.query<{ decision_id: string }>(
      `select e.decision_id from decision_event e where e.queue_id = $1 order by e.tx, e.position`,
      [queue.id],
    );
    const { rows: decided } = await db.query<{ id: string }>(`select d.id from decision d join review_case c on c.id = d.case_id where c.queue_id = $1`, [queue.id]);
    expect(decided).toHaveLength(24);
    expect(consumed.map((event) => event.decisionId)).toEqual(rows.map((row) => row.decision_id));
    expect(new Set(consumed.map((event) => event.decisionId))).toEqual(new Set(decided.map((row) => row.id)));
  });

  it('streams the events after a cursor to a live subscriber, then each new one', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const from = await endOfFeed();
    await pushCases(queue.id, 1, 'live-before');
    const [before] = await work(server.url, evaluatorEmails[3]!, queue.id);
    const socket = socketClient(server.url, { authorization: `Bearer ${feedToken}` });
    const live = collect<{ decisionEventAppended: FeedEvent }>(socket, `subscription { decisionEventAppended(after: ${JSON.stringify(from)}, filter: { queueIds: ["${queue.id}"] }) { decisionId kind } }`);
    try {
      expect((await live.next()).decisionEventAppended.decisionId).toBe(before);
      await pushCases(queue.id, 1, 'live-after');
      const [after] = await work(server.url, evaluatorEmails[3]!, queue.id);
      expect((await live.next()).decisionEventAppended.decisionId).toBe(after);
    } finally {
      live.stop();
      await socket.dispose();
    }
  });

  it('is for DECISIONS_READ tokens and admins, and refuses a cursor it did not give out', async () => {
    const refused = await asToken(server.url, casesToken).request(feedQuery, {});
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await admin.request(feedQuery, {})).errors).toBeUndefined();
    for (const [variables, field] of [
      [{ after: 'not-a-cursor' }, 'after'],
      [{ after: Buffer.from('1:2:3').toString('base64url') }, 'after'],
      [{ first: 0 }, 'first'],
      [{ first: 1001 }, 'first'],
      [{ filter: { queueIds: ['not-a-queue'] } }, 'filter.queueIds'],
    ] as const) {
      const response = await asToken(server.url, feedToken).request(feedQuery, variables);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
