import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { createEvaluators, createTestQueue, queryReport, recordQaReview } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Query families at ingest: a report about any variant of a query (case, diacritics, homoglyphs,
 * digits for letters, separators) merges into the family's open case, which shows the variants.
 */
let server: TestServer;
let db: pg.Client;
let admin: ApiClient;
let queueId: string;
let evaluator: ApiClient;
let enforcer: ApiClient;

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { index status caseId decisionId error { code } } } }';
const caseQuery = 'query ($id: ID!) { case(id: $id) { id reportCount subject { key family { locale normalForm variants { text subjectKey dailyVolume } } } } }';

/** A run id of letters only: digits between letters would be read as letters by the normal form. */
function letters(): string {
  return Array.from(randomUUID().replaceAll('-', '').slice(0, 10), (hex) => String.fromCharCode(97 + parseInt(hex, 16))).join('');
}

async function send(...reports: Record<string, unknown>[]) {
  return (await admin.data(ingest, { input: { cases: reports } })).ingestCases.results as { index: number; status: string; caseId: string }[];
}

beforeAll(async () => {
  server = await startTestServer();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  admin = await signedIn(server.url, 'admin@vigil.example');
  queueId = (await createTestQueue(server.app.orm.em.fork())).id;
  const [email] = await createEvaluators(server.app.orm.em.fork(), 1);
  evaluator = await signedIn(server.url, email!);
  const { createApiToken } = await admin.data('mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', { input: { name: 'search enforcement', scopes: ['DECISIONS_READ'] } });
  enforcer = new ApiClient(server.url, createApiToken.secret);
});

const blocked = { verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: { type: 'BLOCK_RESULTS' }, rationale: 'a scam storefront', handleTimeMs: 1000 };
const changesQuery = `query ($since: String) { enforcementChanges(domain: SEARCH, since: $since, first: 1000) { version changes { change subject { key } decisionId entry { action family { normalForm variants { text } } } } } }`;

/** Opens and decides a family's first case in a queue; the case and decision. */
async function decidedFamily(queue: string, text: string): Promise<{ caseId: string; decisionId: string }> {
  const [created] = await send(queryReport(queue, text));
  const { claimNextCase } = await evaluator.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queue });
  expect(claimNextCase.case.id).toBe(created!.caseId);
  const { decideCase } = await evaluator.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', { input: { caseId: created!.caseId, ...blocked, idempotencyKey: randomUUID() } });
  return { caseId: created!.caseId, decisionId: decideCase.decision.id };
}

async function changesSince(since: string | null) {
  return (await enforcer.data(changesQuery, { since })).enforcementChanges as { version: string; changes: { change: string; subject: { key: string }; decisionId: string; entry: { family: { normalForm: string; variants: { text: string }[] } | null } | null }[] };
}

afterAll(async () => {
  await db?.end();
  await server?.stop();
});

describe('query families at ingest', () => {
  it('merges a report about any variant into the family’s open case, which lists the variants with their volumes', async () => {
    const run = letters();
    const [first] = await send(queryReport(queueId, `prohibited item ${run}`, { subject: { kind: 'SEARCH_QUERY', locale: 'en-GB', searchQuery: { text: `prohibited item ${run}`, dailyVolume: 40, trend: 1, topResults: [] } } }));
    expect(first!.status).toBe('CREATED');
    const variants = [`Pr0hibited Item ${run}`, `prohіbіted іtem ${run}`, `p.r.o.h.i.b.i.t.e.d item ${run}`, `prohíbited-ítem ${run}`];
    const later = await send(...variants.map((text, i) => queryReport(queueId, text, { subject: { kind: 'SEARCH_QUERY', locale: 'en-GB', searchQuery: { text, dailyVolume: 10 - i, trend: 1, topResults: [] } } })));
    expect(later.map((result) => [result.status, result.caseId])).toEqual(variants.map(() => ['MERGED', first!.caseId]));

    const { case: merged } = await admin.data(caseQuery, { id: first!.caseId });
    expect(merged.reportCount).toBe(5);
    expect(merged.subject.family).toMatchObject({ locale: 'en-GB', normalForm: `prohibiteditem${run}` });
    expect(merged.subject.family.variants.map((variant: { text: string; dailyVolume: number }) => [variant.text, variant.dailyVolume])).toEqual([
      [`prohibited item ${run}`, 40],
      ...variants.map((text, i) => [text, 10 - i]),
    ]);
  });

  it('opens one case for variants that arrive together, and keeps locales and other queries apart', async () => {
    const run = letters();
    const results = await send(queryReport(queueId, `cheap thing ${run}`), queryReport(queueId, `CHEAP THING ${run}`), queryReport(queueId, `cheap thing ${run}`, { subject: { kind: 'SEARCH_QUERY', locale: 'fr-FR', searchQuery: { text: `cheap thing ${run}`, dailyVolume: 1, trend: 1, topResults: [] } } }), queryReport(queueId, `dear thing ${run}`));
    expect(results.map((result) => result.status)).toEqual(['CREATED', 'MERGED', 'CREATED', 'CREATED']);
    expect(results[1]!.caseId).toBe(results[0]!.caseId);
    expect(new Set(results.map((result) => result.caseId)).size).toBe(3);
  });

  it('opens one case per family when batches with different variants race', async () => {
    const run = letters();
    const texts = Array.from({ length: 8 }, (_, i) => (i % 2 ? `RACING ITEM ${run}` : `racing-ítem ${run}`) + '');
    const outcomes = await Promise.all(texts.map((text, i) => send(queryReport(queueId, i % 3 ? text : `r4cing item ${run}`))));
    const caseIds = new Set(outcomes.flat().map((result) => result.caseId));
    expect(caseIds.size).toBe(1);
    const { rows } = await db.query(`select count(*)::int as n from review_case c join subject s on s.id = c.subject_id where s.normal_form = $1 and c.status <> 'RESOLVED'`, [`racingitem${run}`]);
    expect(rows[0].n).toBe(1);
  });

  it('lets a variant reported after the family was enforced take its decision where the queue applies it by itself', async () => {
    const run = letters();
    const queue = (await createTestQueue(server.app.orm.em.fork())).id;
    await admin.data('mutation ($q: ID!) { setQueueVariantPolicy(queueId: $q, policy: AUTO_APPLY) { variantPolicy } }', { q: queue });
    const before = (await changesSince(null)).version;
    const family = await decidedFamily(queue, `prohibited shop ${run}`);
    const decided = await changesSince(before);
    expect(decided.changes).toEqual([expect.objectContaining({ change: 'ADD', decisionId: family.decisionId, entry: expect.objectContaining({ family: { normalForm: `prohibitedshop${run}`, variants: [{ text: `prohibited shop ${run}` }] } }) })]);

    const [variant] = await send(queryReport(queue, `pr0hibited-shоp ${run}`));
    expect(variant).toMatchObject({ status: 'MATCHED', caseId: family.caseId, decisionId: family.decisionId });
    const { rows: cases } = await db.query(`select count(*)::int as n, max(report_count) as reports from review_case where queue_id = $1`, [queue]);
    expect(cases[0]).toEqual({ n: 1, reports: 2 });
    // The family's one entry is handed out again, at a new version, listing the variant.
    const listed = await changesSince(decided.version);
    expect(listed.changes).toHaveLength(1);
    expect(listed.changes[0]!.decisionId).toBe(family.decisionId);
    expect(listed.changes[0]!.entry!.family!.variants.map((v) => v.text).sort()).toEqual([`pr0hibited-shоp ${run}`, `prohibited shop ${run}`].sort());
    const { rows: events } = await db.query(`select kind from decision_event where case_id = $1 order by position`, [family.caseId]);
    expect(events.map((row) => row.kind)).toEqual(['PRIMARY', 'VARIANT_MATCH']);

    // A variant already known matches again without moving the entry.
    expect((await send(queryReport(queue, `pr0hibited-shоp ${run}`)))[0]).toMatchObject({ status: 'MATCHED' });
    expect((await changesSince(listed.version)).changes).toEqual([]);

    // QA overturns the family's decision: its one entry, variants and all, is lifted, and the next variant opens a case.
    await recordQaReview(db, family.decisionId, { verdict: 'NOT_VIOLATING', policyCodes: [], action: 'NO_ACTION' });
    expect((await changesSince(listed.version)).changes).toEqual([expect.objectContaining({ change: 'REMOVE' })]);
    expect((await send(queryReport(queue, `PROHIBITED SHOP ${run}!`)))[0]).toMatchObject({ status: 'CREATED' });
  });

  it('opens a light case naming the family’s decision for a variant where the queue asks for confirmation', async () => {
    const run = letters();
    const queue = (await createTestQueue(server.app.orm.em.fork())).id;
    const family = await decidedFamily(queue, `prohibited stall ${run}`);
    const [variant] = await send(queryReport(queue, `prohibіted st@ll ${run}`));
    expect(variant).toMatchObject({ status: 'CREATED' });
    expect(variant!.caseId).not.toBe(family.caseId);
    const { case: light } = await admin.data('query ($id: ID!) { case(id: $id) { variantOf { id verdict action } subject { family { normalForm } } } }', { id: variant!.caseId });
    expect(light).toEqual({ variantOf: { id: family.decisionId, verdict: 'VIOLATING', action: 'BLOCK_RESULTS' }, subject: { family: { normalForm: `prohibitedstall${run}` } } });
  });
});
