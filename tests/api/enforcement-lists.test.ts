import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Domain } from '../../server/src/policies/severity.ts';
import { Role } from '../../server/src/kernel/roles.ts';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { accountReport, createEvaluators, createTestQueue, queryReport, recordQaReview } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * The enforcement lists, as the search and account systems pull them with a DECISIONS_READ
 * token: the whole list once, then what changed since the version they hold.
 */
let server: TestServer;
let db: pg.Client;
let admin: ApiClient;
let consumer: ApiClient;
let evaluators: ApiClient[];
let qa: ApiClient;

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id subject { key } } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } case { status } } }';
const claimQa = 'mutation ($kind: QaTaskKind!, $queueId: ID) { claimNextQaTask(kind: $kind, queueId: $queueId) { task { id } } }';
const completeQa = 'mutation ($input: CompleteQaTaskInput!) { completeQaTask(input: $input) { decision { id } } }';
const entryFields = 'subject { kind key locale } action actionParams policyCodes until caseId decisionId decidedAt';
const listQuery = `query ($domain: Domain!, $after: String, $first: Int) { enforcementList(domain: $domain, after: $after, first: $first) { version hasMore entries { ${entryFields} } } }`;
const changesQuery = `query ($domain: Domain!, $since: String, $first: Int) { enforcementChanges(domain: $domain, since: $since, first: $first) {
  version hasMore changes { change subject { key } decisionId decidedAt entry { ${entryFields} } }
} }`;
const feedQuery = 'query ($after: String) { decisionEvents(after: $after, first: 1000) { endCursor hasMore events { domain subject { key } action } } }';

interface Entry {
  subject: { kind: string; key: string; locale: string };
  action: string;
  actionParams: Record<string, unknown>;
  until: string | null;
  decisionId: string;
  decidedAt: string;
}
interface Change {
  change: 'ADD' | 'REMOVE';
  subject: { key: string };
  decisionId: string;
  entry: Entry | null;
}

interface Finding {
  verdict: string;
  policyCodes: string[];
  action: Record<string, unknown>;
  /** Account violations off the strike ladder say why. */
  ladderDeviationReason?: string;
}
const benign: Finding = { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' } };
const blocked: Finding = { verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: { type: 'BLOCK_RESULTS' } };
const demoted: Finding = { verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: { type: 'DEMOTE_RESULTS' } };
const suspended: Finding = { verdict: 'VIOLATING', policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'], action: { type: 'SUSPEND', suspensionDays: 7 }, ladderDeviationReason: 'a spam wave: past the first rung' };

/** The whole list of a domain, paged `first` at a time (`between` runs between pages), and its version. */
async function pullList(domain: Domain, first = 500, between: () => Promise<void> = async () => {}): Promise<{ entries: Map<string, Entry>; version: string | null }> {
  const entries = new Map<string, Entry>();
  let after: string | null = null;
  for (;;) {
    const { enforcementList }: { enforcementList: { entries: Entry[]; version: string | null; hasMore: boolean } } = await consumer.data(listQuery, { domain, after, first });
    for (const entry of enforcementList.entries) entries.set(entry.subject.key, entry);
    after = enforcementList.version;
    if (!enforcementList.hasMore) return { entries, version: after };
    await between();
  }
}

/** Every change since `since`, and the version they bring the client to. */
async function pullChanges(domain: Domain, since: string | null): Promise<{ changes: Change[]; version: string | null }> {
  const changes: Change[] = [];
  for (;;) {
    const { enforcementChanges } = await consumer.data(changesQuery, { domain, since, first: 100 });
    changes.push(...enforcementChanges.changes);
    since = enforcementChanges.version;
    if (!enforcementChanges.hasMore) return { changes, version: since };
  }
}

async function push(reports: Record<string, unknown>[]): Promise<void> {
  await admin.data(ingest, { input: { cases: reports } });
}

/** The next case of the queue claimed and decided; its subject key and the decision. */
async function decideNext(by: ApiClient, queueId: string, finding: Finding): Promise<{ key: string; decisionId: string; status: string }> {
  const { claimNextCase } = await by.data(claim, { queueId });
  const { decideCase } = await by.data(decide, { input: { caseId: claimNextCase.case.id, ...finding, rationale: 'as the policy reads', handleTimeMs: 1000, idempotencyKey: randomUUID() } });
  return { key: claimNextCase.case.subject.key, decisionId: decideCase.decision.id, status: decideCase.case.status };
}

async function completeNextQaTask(kind: 'SAMPLE' | 'ADJUDICATION', queueId: string, finding: Finding): Promise<string> {
  const { claimNextQaTask } = await qa.data(claimQa, { kind, queueId });
  const { completeQaTask } = await qa.data(completeQa, { input: { taskId: claimNextQaTask.task.id, ...finding, rationale: 'QA reading', handleTimeMs: 1000 } });
  return completeQaTask.decision.id;
}

const text = (label: string) => `enforcement-query-${label}-${randomUUID().slice(0, 8)}`;
/** The subject key a test queue's query gets (lower-case text, its locale). */
const queryKey = (query: string) => `query:en-GB:${query}`;

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  admin = await signedIn(server.url, 'admin@vigil.example');
  const { createApiToken } = await admin.data('mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', {
    input: { name: `enforcement ${randomUUID().slice(0, 8)}`, scopes: ['DECISIONS_READ'] },
  });
  consumer = new ApiClient(server.url, createApiToken.secret);
  const emails = await createEvaluators(server.app.orm.em.fork(), 2);
  const [analyst] = await createEvaluators(server.app.orm.em.fork(), 1, Role.QA_ANALYST);
  evaluators = await Promise.all(emails.map((email) => signedIn(server.url, email)));
  qa = await signedIn(server.url, analyst!);
});

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('enforcement lists', () => {
  it('lists a subject once a decision enforces on it, in the deciding transaction, and leaves NO_ACTION off', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const { version } = await pullList(Domain.SEARCH);
    const accountVersion = (await pullList(Domain.ACCOUNT)).version;
    const [enforced, cleared] = [queryKey(text('blocked')), queryKey(text('cleared'))];
    await push([enforced, cleared].map((subject) => queryReport(queue.id, subject.split(':')[2]!)));
    const decisions = [await decideNext(evaluators[0]!, queue.id, blocked), await decideNext(evaluators[0]!, queue.id, benign)];
    const blockedDecision = decisions.find((decision) => decision.key === enforced)!;

    // Read back as soon as the mutation returned: nothing runs after the commit to put it there.
    const { changes } = await pullChanges(Domain.SEARCH, version);
    expect(changes).toMatchObject([{ change: 'ADD', subject: { key: enforced }, decisionId: blockedDecision.decisionId, entry: { action: 'BLOCK_RESULTS', policyCodes: ['SCAMS_AND_FRAUD'], until: null } }]);
    const { entries } = await pullList(Domain.SEARCH, 2);
    expect(entries.get(enforced)).toMatchObject({ subject: { kind: 'SEARCH_QUERY', locale: 'en-GB' }, action: 'BLOCK_RESULTS', decisionId: blockedDecision.decisionId });
    expect(entries.has(cleared)).toBe(false);
    expect((await pullChanges(Domain.ACCOUNT, accountVersion)).changes).toEqual([]);
  });

  it('puts an account suspension on the account list with the day it ends', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { domain: Domain.ACCOUNT });
    const { version } = await pullList(Domain.ACCOUNT);
    const accountId = `account-${randomUUID().slice(0, 8)}`;
    await push([accountReport(queue.id, accountId)]);
    await decideNext(evaluators[0]!, queue.id, suspended);
    const { changes } = await pullChanges(Domain.ACCOUNT, version);
    expect(changes).toHaveLength(1);
    const entry = changes[0]!.entry!;
    expect(entry).toMatchObject({ subject: { kind: 'ACCOUNT', key: `account:${accountId}` }, action: 'SUSPEND', actionParams: { suspensionDays: 7 } });
    expect(Date.parse(entry.until!) - Date.parse(entry.decidedAt)).toBe(7 * 86_400_000);
  });

  it('removes the entry when QA overturns the decision, and takes the adjudicated action when two reviews disagree', async () => {
    const sampled = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
    const doubled = await createTestQueue(server.app.orm.em.fork(), { doubleReviewRate: 1 });
    const { version } = await pullList(Domain.SEARCH);
    const [overturned, adjudicated] = [text('overturned'), text('adjudicated')];
    await push([queryReport(sampled.id, overturned), queryReport(doubled.id, adjudicated)]);

    await decideNext(evaluators[0]!, sampled.id, blocked);
    const afterDecision = await pullChanges(Domain.SEARCH, version);
    expect(afterDecision.changes).toMatchObject([{ change: 'ADD', subject: { key: queryKey(overturned) } }]);
    const override = await completeNextQaTask('SAMPLE', sampled.id, benign);
    const afterOverride = await pullChanges(Domain.SEARCH, afterDecision.version);
    expect(afterOverride.changes).toEqual([{ change: 'REMOVE', subject: { key: queryKey(overturned) }, decisionId: override, decidedAt: expect.any(String), entry: null }]);

    // Two blind reviews that disagree enforce nothing until the adjudication decides.
    expect((await decideNext(evaluators[0]!, doubled.id, blocked)).status).toBe('AWAITING_SECOND_REVIEW');
    expect((await decideNext(evaluators[1]!, doubled.id, benign)).status).toBe('IN_ADJUDICATION');
    expect((await pullChanges(Domain.SEARCH, afterOverride.version)).changes).toEqual([]);
    const adjudication = await completeNextQaTask('ADJUDICATION', doubled.id, demoted);
    const afterAdjudication = await pullChanges(Domain.SEARCH, afterOverride.version);
    expect(afterAdjudication.changes).toMatchObject([{ change: 'ADD', subject: { key: queryKey(adjudicated) }, decisionId: adjudication, entry: { action: 'DEMOTE_RESULTS' } }]);

    const { entries } = await pullList(Domain.SEARCH);
    expect(entries.has(queryKey(overturned))).toBe(false);
    expect(entries.get(queryKey(adjudicated))?.action).toBe('DEMOTE_RESULTS');
  });

  it('changes nothing for a decision whose transaction rolls back', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const subject = text('rolled-back');
    await push([queryReport(queue.id, subject)]);
    const { decisionId } = await decideNext(evaluators[0]!, queue.id, blocked);
    const { version } = await pullList(Domain.SEARCH);
    await db.query('begin');
    await recordQaReview(db, decisionId, { verdict: 'NOT_VIOLATING', policyCodes: [], action: 'NO_ACTION' });
    await db.query('rollback');
    expect((await pullChanges(Domain.SEARCH, version)).changes).toEqual([]);
    expect((await pullList(Domain.SEARCH)).entries.get(queryKey(subject))?.decisionId).toBe(decisionId);
  });

  it('adds up: a list paged while decisions land, then the changes since its version, is what the feed folds to', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const subjects = Array.from({ length: 12 }, (_, i) => text(`fold-${i}`));
    await push(subjects.slice(0, 6).map((subject) => queryReport(queue.id, subject)));
    for (let i = 0; i < 6; i++) await decideNext(evaluators[i % 2]!, queue.id, i % 3 === 0 ? benign : blocked);

    // Between pages, more cases are decided and two outcomes are overturned; what the list ended before, after it.
    let landed = 0;
    const land = async () => {
      if (landed >= 6) return;
      await push([queryReport(queue.id, subjects[6 + landed]!)]);
      const { decisionId } = await decideNext(evaluators[landed % 2]!, queue.id, landed % 2 ? demoted : blocked);
      if (landed < 2) await recordQaReview(db, decisionId, { verdict: 'NOT_VIOLATING', policyCodes: [], action: 'NO_ACTION' });
      landed += 1;
    };
    const client = await pullList(Domain.SEARCH, 1, land);
    const landedWhilePaging = landed;
    while (landed < 6) await land();
    const { changes } = await pullChanges(Domain.SEARCH, client.version);
    for (const change of changes) {
      if (change.entry) client.entries.set(change.subject.key, change.entry);
      else client.entries.delete(change.subject.key);
    }

    const folded = new Map<string, string>();
    for (let after: string | null = null; ; ) {
      const { decisionEvents }: { decisionEvents: { endCursor: string | null; hasMore: boolean; events: { domain: string; subject: { key: string }; action: string }[] } } = await consumer.data(feedQuery, { after });
      for (const event of decisionEvents.events) {
        if (event.domain !== 'SEARCH') continue;
        if (event.action === 'NO_ACTION') folded.delete(event.subject.key);
        else folded.set(event.subject.key, event.action);
      }
      after = decisionEvents.endCursor;
      if (!decisionEvents.hasMore) break;
    }
    const held = new Map([...client.entries].map(([subject, entry]) => [subject, entry.action]));
    expect(landedWhilePaging).toBeGreaterThanOrEqual(3);
    expect(held).toEqual(folded);
    expect(subjects.filter((subject) => held.has(queryKey(subject)))).toHaveLength(8);
  });

  it('refuses a version it did not give out and pages of the wrong size', async () => {
    for (const [query, variables, field] of [
      [changesQuery, { domain: 'SEARCH', since: 'not-a-version' }, 'since'],
      [listQuery, { domain: 'SEARCH', after: Buffer.from('1:x').toString('base64url') }, 'after'],
      [listQuery, { domain: 'ACCOUNT', first: 0 }, 'first'],
      [changesQuery, { domain: 'ACCOUNT', first: 1001 }, 'first'],
    ] as const) {
      const response = await consumer.request(query, variables);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});
