import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Domain } from '../../server/src/policies/severity.ts';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { accountReport, createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** Statements of reasons (DSA Art. 17) as the trust-and-safety reporting pipeline reads them: one by decision, a period as JSON and as CSV. */
let server: TestServer;
let admin: ApiClient;
let evaluator: ApiClient;
let reader: ApiClient;
let readerSecret: string;
let casesReaderSecret: string;
const startedAt = new Date(Date.now() - 1000);

const fields = `decisionId caseId kind subject { kind key locale } action actionParams restriction decisionGround policies { code name version } category verdict
  factsReliedOn sourceType automatedDetection automatedDecision territorialScope applicationDate endDate redress appealStatus`;
const one = `query ($decisionId: ID!) { statementOfReasons(decisionId: $decisionId) { ${fields} } }`;
const period = `query ($from: DateTime!, $to: DateTime!, $after: String, $first: Int) { statementsOfReasons(from: $from, to: $to, after: $after, first: $first) { endCursor hasMore statements { decisionId } } }`;

async function token(scope: string): Promise<string> {
  return (await admin.data('mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', { input: { name: `sor ${scope} ${randomUUID().slice(0, 6)}`, scopes: [scope] } })).createApiToken.secret;
}

async function decide(report: Record<string, unknown>, queueId: string, finding: Record<string, unknown>): Promise<string> {
  await admin.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', { input: { cases: [report] } });
  const { claimNextCase } = await evaluator.data('mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }', { queueId });
  const { decideCase } = await evaluator.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', {
    input: { caseId: claimNextCase.case.id, ...finding, handleTimeMs: 1000, idempotencyKey: randomUUID() },
  });
  return decideCase.decision.id;
}

let suspension: string;
let block: string;
let cleared: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedIn(server.url, 'admin@vigil.example');
  evaluator = await signedIn(server.url, 'evaluator@vigil.example');
  [readerSecret, casesReaderSecret] = [await token('DECISIONS_READ'), await token('CASES_READ')];
  reader = new ApiClient(server.url, readerSecret);
  const accounts = await createTestQueue(server.app.orm.em.fork(), { domain: Domain.ACCOUNT });
  const search = await createTestQueue(server.app.orm.em.fork());
  suspension = await decide(accountReport(accounts.id, `account-${randomUUID().slice(0, 8)}`), accounts.id, {
    verdict: 'VIOLATING', policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'], action: { type: 'SUSPEND', suspensionDays: 7 }, rationale: 'posts the same link hundreds of times a day', ladderDeviationReason: 'a spam wave: past the first rung',
  });
  block = await decide({ ...queryReport(search.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`), source: 'model-flag' }, search.id, {
    verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: { type: 'BLOCK_RESULTS' }, rationale: 'leads to a fake shop',
  });
  cleared = await decide(queryReport(search.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`), search.id, { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'fine' });
});

afterAll(async () => {
  await server?.stop();
});

describe('statements of reasons', () => {
  it('states an account suspension’s ground, facts, scope, end and redress', async () => {
    const { statementOfReasons } = await reader.data(one, { decisionId: suspension });
    expect(statementOfReasons).toMatchObject({
      decisionId: suspension,
      kind: 'PRIMARY',
      subject: { kind: 'ACCOUNT' },
      action: 'SUSPEND',
      restriction: 'ACCOUNT_SUSPENDED',
      decisionGround: 'INCOMPATIBLE_CONTENT',
      policies: [{ code: 'SPAM_AND_FAKE_ENGAGEMENT', name: expect.any(String), version: expect.any(Number) }],
      category: 'SCOPE_OF_PLATFORM_SERVICE',
      sourceType: 'NOTICE',
      automatedDetection: false,
      automatedDecision: 'NOT_AUTOMATED',
      redress: ['INTERNAL_COMPLAINT_HANDLING', 'OUT_OF_COURT_DISPUTE_SETTLEMENT', 'JUDICIAL_REDRESS'],
      appealStatus: null,
    });
    expect(statementOfReasons.factsReliedOn).toBe('1 report (user-report): reported as spam. Reviewed by a person, who found: posts the same link hundreds of times a day');
    expect(statementOfReasons.territorialScope).toHaveLength(30);
    expect(statementOfReasons.territorialScope).toContain('DE');
    expect(Date.parse(statementOfReasons.endDate) - Date.parse(statementOfReasons.applicationDate)).toBe(7 * 86_400_000);
  });

  it('states a search restriction found by a model as own-initiative, automated detection, and says when it is appealed', async () => {
    const before = (await reader.data(one, { decisionId: block })).statementOfReasons;
    expect(before).toMatchObject({ restriction: 'CONTENT_DISABLED', category: 'SCAMS_AND_FRAUD', sourceType: 'OWN_INITIATIVE', automatedDetection: true, endDate: null });
    const appeals = new ApiClient(server.url, await token('APPEALS_WRITE'));
    await appeals.data('mutation ($input: SubmitAppealInput!) { submitAppeal(input: $input) { appeal { id } } }', { input: { decisionId: block, statement: 'an ordinary shop', idempotencyKey: randomUUID() } });
    expect((await reader.data(one, { decisionId: block })).statementOfReasons.appealStatus).toBe('OPEN');
    expect((await reader.request(one, { decisionId: cleared })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists a period’s statements oldest first, a page at a time, and exports them as CSV', async () => {
    const to = new Date(Date.now() + 60_000).toISOString();
    const listed: string[] = [];
    for (let after: string | null = null; ; ) {
      const { statementsOfReasons }: { statementsOfReasons: { endCursor: string | null; hasMore: boolean; statements: { decisionId: string }[] } } = await reader.data(period, { from: startedAt.toISOString(), to, after, first: 1 });
      listed.push(...statementsOfReasons.statements.map((statement) => statement.decisionId));
      if (!statementsOfReasons.hasMore) break;
      after = statementsOfReasons.endCursor;
    }
    expect(listed).toEqual([suspension, block]);

    const url = `${server.url}/statements-of-reasons.csv?from=${encodeURIComponent(startedAt.toISOString())}&to=${encodeURIComponent(to)}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${readerSecret}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    expect(rows.map((row) => row.puid)).toEqual([suspension, block]);
    expect(rows[0]).toMatchObject({ restriction: 'ACCOUNT_SUSPENDED', decision_ground: 'INCOMPATIBLE_CONTENT', automated_decision: 'NOT_AUTOMATED', source_type: 'NOTICE' });
    expect(rows[0]!.incompatible_content_ground).toMatch(/^SPAM_AND_FAKE_ENGAGEMENT \(.+, v\d+\)$/);
    expect(rows[1]!.appeal_status).toBe('OPEN');

    expect((await fetch(url, { headers: { authorization: `Bearer ${casesReaderSecret}` } })).status).toBe(403);
    expect((await fetch(`${server.url}/statements-of-reasons.csv?from=yesterday&to=${encodeURIComponent(to)}`, { headers: { authorization: `Bearer ${readerSecret}` } })).status).toBe(400);
    expect((await reader.request(period, { from: to, to: startedAt.toISOString() })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
