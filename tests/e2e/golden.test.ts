import { randomUUID } from 'node:crypto';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, signInPage } from '../support/browser.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;
let manager: ApiClient;
let evaluator: ApiClient;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  [manager, evaluator] = await Promise.all([signedIn(server.url, 'manager@vigil.example'), signedIn(server.url, 'evaluator@vigil.example')]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const runId = randomUUID().slice(0, 8);
const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { case { id status } } }';
const knownAnswer = { verdict: 'VIOLATING', policyCodes: ['DANGEROUS_ACTS'], action: { type: 'REMOVE_SUGGESTION' } };

/** A fresh queue (golden copies served on every claim unless told) with one case about this text. */
async function caseIn(text: string, severity: string, goldenRate = 1): Promise<{ queueId: string; caseId: string }> {
  const queue = await createTestQueue(server.app.orm.em.fork(), { goldenRate });
  const { ingestCases } = await manager.data(ingest, { input: { cases: [queryReport(queue.id, text, { severity })] } });
  return { queueId: queue.id, caseId: ingestCases.results[0].caseId };
}

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

describe('golden cases in Chromium', () => {
  it('are marked from a previewed case, scored when an evaluator answers a copy, and retired', async () => {
    const subjectText = `prohibited-item-query-${runId}`;
    const { queueId, caseId } = await caseIn(subjectText, 'S1');
    const explanation = `golden-explanation-${runId}: a how-to for a dangerous act is removed`;

    // The manager opens the screen from the nav and previews the case by its id.
    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await page.getByTestId('nav-golden').click();
    await page.waitForURL(/\/golden$/);
    await page.getByTestId('golden-case-id').fill(caseId);
    await page.getByTestId('golden-load').click();
    const preview = page.getByTestId('golden-preview');
    await preview.waitFor();
    expect(await preview.getAttribute('data-case-id')).toBe(caseId);
    expect(await preview.getByTestId('subject-text').textContent()).toBe(subjectText);
    // S1 content starts blurred, as everywhere else.
    expect(await preview.getByTestId('subject-blur').getAttribute('data-treatment')).toBe('blur');
    expect(await preview.getByTestId('subject-blur').getAttribute('data-revealed')).toBe('false');

    // The known answer goes through the shared decision form, without Skip or key hint.
    const form = page.getByTestId('decision-form');
    expect(await text(form.locator('h2'))).toBe('Known answer');
    expect(await text(form.getByTestId('submit-decision'))).toBe('Mark as golden');
    expect(await form.getByTestId('release-case').count()).toBe(0);
    await form.getByTestId('verdict-VIOLATING').check();
    await form.getByTestId('policy-DANGEROUS_ACTS').check();
    await form.getByTestId('action-select').selectOption('REMOVE_SUGGESTION');
    await form.getByTestId('rationale').fill(explanation);
    await form.getByTestId('submit-decision').click();
    await page.getByTestId('golden-marked').waitFor();
    expect(await preview.count()).toBe(0);

    // It is on top of the list, with its answer and no answers yet.
    const first = page.getByTestId('golden-row').first();
    expect(await first.getAttribute('data-source-case-id')).toBe(caseId);
    const goldenId = (await first.getAttribute('data-golden-id'))!;
    const row = page.locator(`[data-testid="golden-row"][data-golden-id="${goldenId}"]`);
    expect(await row.getByTestId('golden-answer').getAttribute('data-verdict')).toBe('VIOLATING');
    expect(await row.getByTestId('golden-answer').getAttribute('data-action')).toBe('REMOVE_SUGGESTION');
    expect(await row.getByTestId('golden-answer').getAttribute('data-policies')).toBe('DANGEROUS_ACTS');
    expect(await row.getByTestId('golden-explanation').textContent()).toBe(explanation);
    expect(await text(row.getByTestId('golden-score'))).toBe('no answers yet');

    // The evaluator's next claim in the queue is an unseen copy; they answer it right.
    const { claimNextCase } = await evaluator.data(claim, { queueId });
    const copyId: string = claimNextCase.case.id;
    expect(copyId).not.toBe(caseId);
    const overseen = await manager.data('query ($id: ID!) { case(id: $id) { golden { id } } }', { id: copyId });
    expect(overseen.case.golden.id).toBe(goldenId);
    const { decideCase } = await evaluator.data(decide, {
      input: { caseId: copyId, ...knownAnswer, rationale: 'as the policy reads', handleTimeMs: 20_000, idempotencyKey: randomUUID() },
    });
    expect(decideCase.case.status).toBe('RESOLVED');

    await page.reload();
    await row.waitFor();
    expect(await row.getByTestId('golden-score').getAttribute('data-answered')).toBe('1');
    expect(await text(row.getByTestId('golden-score'))).toBe('1 answered · 100%');

    // Retired after a confirm step, it leaves the live list and shows with the retired ones.
    await row.getByTestId('golden-retire').click();
    await row.getByTestId('golden-retire-confirm').waitFor();
    expect(await row.getByTestId('golden-retire').count()).toBe(0);
    await row.getByTestId('golden-retire-confirm').click();
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('golden-show-retired').check();
    await row.waitFor();
    expect(await row.getAttribute('data-retired')).toBe('true');
    expect(await row.getByTestId('golden-retire').count()).toBe(0);
    expect(await text(row.getByTestId('golden-score'))).toBe('1 answered · 100%');
    await page.context().close();
  }, 120_000);

  it('shows why an S0 case cannot be golden, from a link that opens the case', async () => {
    const { caseId } = await caseIn(`prohibited-item-query-s0-${runId}`, 'S0', 0);
    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await page.goto(`${server.url}/golden?case=${caseId}`);
    const preview = page.getByTestId('golden-preview');
    await preview.waitFor();
    expect(await page.getByTestId('golden-case-id').inputValue()).toBe(caseId);
    expect(await preview.getAttribute('data-case-id')).toBe(caseId);

    const form = page.getByTestId('decision-form');
    await form.getByTestId('verdict-VIOLATING').check();
    await form.getByTestId('policy-DANGEROUS_ACTS').check();
    await form.getByTestId('action-select').selectOption('BLOCK_RESULTS');
    await form.getByTestId('rationale').fill('a critical case, tried on purpose');
    await form.getByTestId('submit-decision').click();
    const refused = page.getByTestId('golden-case-refused');
    await refused.waitFor();
    expect(await text(refused)).toContain('This case cannot be golden');
    expect(await text(refused)).toContain('S0');
    expect(await page.getByTestId('golden-marked').count()).toBe(0);
    expect(await page.locator(`[data-testid="golden-row"][data-source-case-id="${caseId}"]`).count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
