import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, nextCase, openWorkbench, signInPage } from '../support/browser.ts';
import { createEvaluators, createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Query families in Chromium: variants of one query merge into one case that lists them; once the
 * family is decided, a new variant opens a light case the evaluator confirms with one click, until
 * the manager lets the queue apply the family's decision by itself.
 */
let server: TestServer;
let browser: Browser;
let admin: ApiClient;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  admin = await signedIn(server.url, 'admin@vigil.example');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { index status caseId decisionId error { code } } } }';

interface IngestResult {
  status: string;
  caseId: string | null;
  decisionId: string | null;
}

/** A run id of letters only: digits between letters would be read as letters by the normal form. */
function letters(): string {
  return Array.from(randomUUID().replaceAll('-', '').slice(0, 10), (hex) => String.fromCharCode(97 + parseInt(hex, 16))).join('');
}

async function push(queueId: string, ...variants: [text: string, dailyVolume: number][]): Promise<IngestResult[]> {
  const cases = variants.map(([text, dailyVolume]) =>
    queryReport(queueId, text, { subject: { kind: 'SEARCH_QUERY', locale: 'en-GB', searchQuery: { text, dailyVolume, trend: 1, topResults: [] } } }),
  );
  return (await admin.data(ingest, { input: { cases } })).ingestCases.results;
}

async function decisionsOf(caseId: string): Promise<{ id: string; verdict: string; policyCodes: string[]; action: string }[]> {
  return (await admin.data('query ($id: ID!) { case(id: $id) { decisions { id verdict policyCodes action } } }', { id: caseId })).case.decisions;
}

/** Blurred or greyed content is revealed on purpose, as the evaluator would before reading it. */
async function reveal(page: Page): Promise<void> {
  const blur = page.getByTestId('subject-blur');
  if ((await blur.getAttribute('data-revealed')) === 'false') await page.getByTestId('reveal').click();
  await expect.poll(() => blur.getAttribute('data-revealed')).toBe('true');
}

it('lists the variants merged into one case, turns a later variant into a light case confirmed in one click, and lets the manager have the queue apply the decision by itself', async () => {
  const run = letters();
  const queue = await createTestQueue(server.app.orm.em.fork());
  const [email] = await createEvaluators(server.app.orm.em.fork(), 1);

  // Three variants of one query, none pushed in volume order: one case.
  const pushed = await push(queue.id, [`sample listing ${run}`, 12], [`s.a.m.p.l.e listing ${run}`, 3], [`Sämple-Lísting ${run}`, 40]);
  expect(pushed.map((result) => result.status)).toEqual(['CREATED', 'MERGED', 'MERGED']);
  const familyCase = pushed[0]!.caseId!;
  expect(new Set(pushed.map((result) => result.caseId))).toEqual(new Set([familyCase]));

  const page = await signInPage(browser, server.url, email!);
  await openWorkbench(page, queue.id);
  await page.getByTestId('claim-next').click();
  expect(await nextCase(page, null)).toBe(familyCase);
  await reveal(page);
  const rows = page.getByTestId('query-variant');
  await expect.poll(() => rows.count()).toBe(3);
  expect(await page.getByTestId('query-variant-text').allTextContents()).toEqual([`Sämple-Lísting ${run}`, `sample listing ${run}`, `s.a.m.p.l.e listing ${run}`]);
  expect((await page.getByTestId('query-variant-volume').allTextContents()).map((text) => text.trim())).toEqual(['40', '12', '3']);
  expect(await page.getByTestId('variant-of-panel').count()).toBe(0);

  await page.getByTestId('verdict-VIOLATING').check();
  await page.getByTestId('policy-SCAMS_AND_FRAUD').check();
  await page.getByTestId('action-select').selectOption('BLOCK_RESULTS');
  await page.getByTestId('rationale').fill('A placeholder storefront named in scam reports.');
  await page.getByTestId('submit-decision').click();
  await page.getByTestId('queue-empty').waitFor();
  const [familyDecision] = await decisionsOf(familyCase);
  expect(familyDecision).toMatchObject({ verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: 'BLOCK_RESULTS' });

  // A variant reported after the family was enforced, in a queue that confirms (the default): a light case.
  const [light] = await push(queue.id, [`såmple listíng ${run}`, 7]);
  expect(light!.status).toBe('CREATED');
  expect(light!.caseId).not.toBe(familyCase);
  await page.getByTestId('claim-next').click();
  expect(await nextCase(page, null)).toBe(light!.caseId);
  await reveal(page);
  const panel = page.getByTestId('variant-of-panel');
  await panel.waitFor();
  expect(await panel.getAttribute('data-decision-id')).toBe(familyDecision!.id);
  expect(await panel.getByTestId('variant-of-outcome').textContent()).toBe('Violating · SCAMS_AND_FRAUD · Block results');
  expect(await panel.getByTestId('variant-of-rationale').textContent()).toBe('A placeholder storefront named in scam reports.');
  expect(await page.getByTestId('query-variant-text').allTextContents()).toContain(`såmple listíng ${run}`);

  await page.getByTestId('apply-family-decision').click();
  await expect.poll(() => page.getByTestId('verdict-VIOLATING').isChecked()).toBe(true);
  expect(await page.getByTestId('policy-SCAMS_AND_FRAUD').isChecked()).toBe(true);
  expect(await page.getByTestId('action-select').inputValue()).toBe('BLOCK_RESULTS');
  expect(await page.getByTestId('rationale').inputValue()).toBe('Variant of a decided query family: A placeholder storefront named in scam reports.');
  await page.getByTestId('submit-decision').click();
  await page.getByTestId('queue-empty').waitFor();
  expect(await decisionsOf(light!.caseId!)).toEqual([expect.objectContaining({ verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: 'BLOCK_RESULTS' })]);
  await page.context().close();

  // The manager of the queue's team has its variants take the decision by themselves.
  const board = await signInPage(browser, server.url, 'manager@vigil.example');
  await board.getByTestId('nav-board').click();
  const card = board.locator(`[data-testid="board-queue"][data-queue-id="${queue.id}"]`);
  const current = card.getByTestId('variant-policy-current');
  await expect.poll(() => current.textContent()).toBe('Confirm in a light case');
  await card.getByTestId('variant-policy-select').selectOption('AUTO_APPLY');
  await card.getByTestId('variant-policy-save').click();
  await expect.poll(() => card.getByTestId('variant-policy-outcome').textContent()).toContain('Saved');
  await expect.poll(() => current.textContent()).toBe('Apply the decision by itself');
  expect((await admin.data('query ($id: ID!) { queue(id: $id) { variantPolicy } }', { id: queue.id })).queue.variantPolicy).toBe('AUTO_APPLY');
  await board.context().close();

  // A further variant takes the family's decision: no case opens.
  const [matched] = await push(queue.id, [`SAMPLE LISTING ${run}!`, 5]);
  expect(matched!.status).toBe('MATCHED');
  const decided = new Map([
    [familyCase, familyDecision!.id],
    [light!.caseId!, (await decisionsOf(light!.caseId!))[0]!.id],
  ]);
  expect(decided.get(matched!.caseId!)).toBe(matched!.decisionId);
  const { cases } = await admin.data('query ($q: ID!) { cases(filter: { queueId: $q }, first: 10) { edges { node { id } } } }', { q: queue.id });
  expect(cases.edges.map((edge: { node: { id: string } }) => edge.node.id).sort()).toEqual([familyCase, light!.caseId].sort());
});
