import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, signInPage } from '../support/browser.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

type Person = ApiClient & { userId: string };

let server: TestServer;
let browser: Browser;
let manager: Person;
let qa: Person;
let evaluator: Person;
let accountsEvaluator: Person;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  const as = (name: string) => signedIn(server.url, `${name}@vigil.example`);
  [manager, qa, evaluator, accountsEvaluator] = await Promise.all([as('manager'), as('qa'), as('evaluator'), as('evaluator3')]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }';
const claimQa = 'mutation ($queueId: ID) { claimNextQaTask(kind: SAMPLE, queueId: $queueId) { task { id } } }';
const completeQa = 'mutation ($input: CompleteQaTaskInput!) { completeQaTask(input: $input) { task { outcome } } }';
const measure = 'query ($scope: QualityScopeInput!) { qualityMetrics(scope: $scope) { accuracy { value n } overturnRate { value n } qaChecked overturned } }';

const violating = { verdict: 'VIOLATING', policyCodes: ['DANGEROUS_ACTS'], action: { type: 'REMOVE_SUGGESTION' } };
const benign = { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' } };

/** A fresh queue holding `count` cases, each decided by `by` as violating. */
async function decidedQueue(by: ApiClient, count: number, qaSampleRate: number): Promise<string> {
  const queue = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate });
  const reports = Array.from({ length: count }, () => queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`));
  await manager.data(ingest, { input: { cases: reports } });
  for (let i = 0; i < count; i++) {
    const { claimNextCase } = await by.data(claim, { queueId: queue.id });
    await by.data(decide, { input: { caseId: claimNextCase.case.id, ...violating, rationale: 'as the policy reads', handleTimeMs: 30_000, idempotencyKey: randomUUID() } });
  }
  return queue.id;
}

/** The Monday (UTC) of this ISO week: the key of the WEEK grouping. */
function thisMonday(): string {
  const today = new Date();
  today.setUTCDate(today.getUTCDate() - ((today.getUTCDay() + 6) % 7));
  return today.toISOString().slice(0, 10);
}

async function openQuality(email: string): Promise<Page> {
  const page = await signInPage(browser, server.url, email);
  await page.getByTestId('nav-quality').click();
  await page.waitForURL(/\/quality$/);
  return page;
}

describe('the quality screen in Chromium', () => {
  beforeAll(async () => {
    // evaluator@ decides twenty sampled cases (the minimum sample for a rate); QA confirms fifteen and overturns five.
    const queueId = await decidedQueue(evaluator, 20, 1);
    for (const finding of [...Array<typeof violating>(15).fill(violating), ...Array<typeof benign>(5).fill(benign)]) {
      const { claimNextQaTask } = await qa.data(claimQa, { queueId });
      await qa.data(completeQa, { input: { taskId: claimNextQaTask.task.id, ...finding, rationale: 'QA reading of the policy', handleTimeMs: 20_000 } });
    }
    // Someone from the accounts team decides too, so leaving them out of the search team is a real check.
    await decidedQueue(accountsEvaluator, 1, 0);
  }, 60_000);

  it("shows an evaluator their own accuracy and overturn rate, as the API measures them, with the week's trend", async () => {
    // The demo seed makes no decisions, so the whole period holds only what this file created.
    const period = { from: new Date(Date.now() - 95 * 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
    const { qualityMetrics } = await evaluator.data(measure, { scope: period });
    expect(qualityMetrics).toEqual([{ accuracy: { value: 0.75, n: 20 }, overturnRate: { value: 0.25, n: 20 }, qaChecked: 20, overturned: 5 }]);

    const page = await openQuality('evaluator@vigil.example');
    const accuracy = page.getByTestId('quality-accuracy');
    await expect.poll(() => accuracy.getAttribute('data-value')).toBe('0.75');
    // Stated with its Wilson interval and n (15 of 20: 53–89 %).
    expect(await accuracy.textContent()).toContain('75 % (53–89 %, n = 20)');
    const overturns = page.getByTestId('quality-overturn-rate');
    expect(await overturns.getAttribute('data-value')).toBe('0.25');
    expect(await overturns.textContent()).toContain('25 % (11–47 %, n = 20) · 5 of 20 sampled');
    // Nothing golden was answered: it says so, never a 0 %.
    const golden = page.getByTestId('quality-golden-accuracy');
    expect(await golden.getAttribute('data-value')).toBe('');
    expect(await golden.getByTestId('estimate').textContent()).toBe('nothing measured');

    // The trend chart carries this week's numbers in its table for screen readers.
    const week = page.getByTestId('quality-trend').getByTestId('chart-table').locator('tbody tr', { hasText: `Week of ${thisMonday()}` });
    await expect.poll(() => week.locator('td').allTextContents()).toEqual(['75%', '25%']);
    expect(await page.getByTestId('quality-policy-row').count()).toBeGreaterThan(0);

    // An evaluator measures only their own work: no team section.
    expect(await page.getByTestId('quality-tab-team').count()).toBe(0);
    expect(await page.getByTestId('quality-team').count()).toBe(0);
    await page.context().close();
  });

  it("shows a manager their team's evaluators with the same accuracy, and nobody from another team", async () => {
    const page = await openQuality('manager@vigil.example');
    const row = page.locator(`[data-testid="quality-evaluator-row"][data-user-id="${evaluator.userId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-accuracy')).toBe('0.75');
    expect(await row.getByTestId('quality-row-accuracy').textContent()).toContain('75 % (53–89 %, n = 20)');
    expect(await page.locator(`[data-testid="quality-evaluator-row"][data-user-id="${accountsEvaluator.userId}"]`).count()).toBe(0);
    expect(await page.getByTestId('quality-team').getAttribute('data-team-id')).not.toBe('');

    // Sorting by accuracy, then picking the evaluator narrows the trend to their work.
    await page.getByTestId('quality-evaluators-sort-accuracy').click();
    expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);
    await row.getByTestId('quality-evaluator-pick').click();
    const trend = page.getByTestId('quality-trend').getByTestId('chart-table');
    const name = (await row.getByTestId('quality-evaluator-pick').textContent())!.trim();
    await expect.poll(() => trend.locator('caption').textContent()).toContain(name);
    await expect.poll(() => trend.locator('tbody tr', { hasText: `Week of ${thisMonday()}` }).locator('td').allTextContents()).toEqual(['75%', '25%']);
    await page.context().close();
  });

  it('lets QA measure every team, or pick one', async () => {
    const page = await openQuality('qa@vigil.example');
    // QA analysts decide cases too, so their own figures come first and the team is a tab.
    await page.getByTestId('quality-mine').waitFor();
    await page.getByTestId('quality-tab-team').click();
    const rowOf = (who: Person) => page.locator(`[data-testid="quality-evaluator-row"][data-user-id="${who.userId}"]`);
    await rowOf(accountsEvaluator).waitFor();
    expect(await rowOf(evaluator).getAttribute('data-accuracy')).toBe('0.75');
    await page.getByTestId('quality-team-pick').selectOption({ label: 'Search Safety EMEA' });
    await expect.poll(() => rowOf(accountsEvaluator).count()).toBe(0);
    await expect.poll(() => rowOf(evaluator).count()).toBe(1);
    await page.context().close();
  });
});
