import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Query families at ingest: a report about any variant of a query (case, diacritics, homoglyphs,
 * digits for letters, separators) merges into the family's open case, which shows the variants.
 */
let server: TestServer;
let db: pg.Client;
let admin: ApiClient;
let queueId: string;

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { index status caseId error { code } } } }';
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
});

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
    const { rows } = await db.query(`select count(*)::int as n from review_case c join subject s on s.id = c.subject_id join query_family f on f.id = s.family_id where f.normal_form = $1 and c.status <> 'RESOLVED'`, [`racingitem${run}`]);
    expect(rows[0].n).toBe(1);
  });
});
