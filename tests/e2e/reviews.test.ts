import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, signInPage } from '../support/browser.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

type Client = ApiClient & { userId: string };

let server: TestServer;
let browser: Browser;
let manager: Client;
let evaluator: Client;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  [manager, evaluator] = await Promise.all([signedIn(server.url, 'manager@vigil.example'), signedIn(server.url, 'evaluator@vigil.example')]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const competencies = ['POLICY_KNOWLEDGE', 'DECISION_QUALITY', 'PRODUCTIVITY', 'JUDGEMENT_AND_ESCALATION', 'COLLABORATION', 'LEARNING'];
const day = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** evaluator@ decides one case of a fresh queue today, so the snapshot has a throughput of 1. */
async function decideOneCase(): Promise<void> {
  const queue = await createTestQueue(server.app.orm.em.fork());
  await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', {
    input: { cases: [queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`)] },
  });
  const { claimNextCase } = await evaluator.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queue.id });
  await evaluator.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', {
    input: { caseId: claimNextCase.case.id, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'placeholder rationale', handleTimeMs: 90_000, idempotencyKey: randomUUID() },
  });
}

describe('a performance review in Chromium', () => {
  it('is written and shared by the manager, then acknowledged by the evaluator, and prints', async () => {
    await decideOneCase();
    const { me } = await evaluator.data<{ me: { displayName: string } }>('{ me { displayName } }');

    // The manager starts a review of evaluator@ for custom dates covering today.
    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await page.getByTestId('nav-reviews').click();
    const row = page.locator('[data-testid="team-review-row"][data-email="evaluator@vigil.example"]');
    await row.getByTestId('team-review-start').click();
    expect(await page.getByTestId('start-review-evaluator').inputValue()).toBe(evaluator.userId);
    await page.getByTestId('start-review-preset-custom').check();
    await page.getByTestId('start-review-from').fill(utcDay(Date.now() - 7 * day));
    await page.getByTestId('start-review-to').fill(utcDay(Date.now()));
    await page.getByTestId('start-review-submit').click();
    await page.waitForURL(/\/reviews\/[^/]+$/);
    const reviewId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.getByTestId('review-status').getAttribute('data-status')).toBe('DRAFT');

    // The frozen snapshot: throughput 1 beside the team median, and the shares charted.
    const throughput = page.locator('[data-testid="review-metric"][data-key="casesHandled"]');
    expect(await throughput.getByTestId('review-metric-value').textContent()).toBe('1');
    expect(await throughput.getAttribute('data-median')).toBe('1');
    expect(await throughput.getByTestId('review-metric-median').textContent()).toBe('1');
    expect((await page.locator('[data-testid="review-metric"][data-key="medianHandleTimeMs"]').getByTestId('review-metric-value').textContent())?.trim()).toBe('too few to tell (n = 1)');
    expect((await page.locator('[data-testid="review-metric"][data-key="accuracy"]').getByTestId('review-metric-value').textContent())?.trim()).toBe('nothing measured');
    await page.getByTestId('review-snapshot-chart').locator('canvas').waitFor();

    // Five of six rated, strengths, improvements and a goal; sharing is refused for the sixth.
    for (const competency of competencies.slice(0, 5)) {
      await page.getByTestId(`rating-${competency}-4`).check();
      await page.getByTestId(`rating-note-${competency}`).fill(`${competency.toLowerCase()} placeholder note`);
    }
    await page.getByTestId('review-strengths-input').fill('Careful placeholder rationales.');
    await page.getByTestId('review-improvements-input').fill('Pace on placeholder S3 cases.');
    await page.getByTestId('review-save').click();
    await page.getByTestId('review-saved').waitFor();
    await page.getByTestId('goal-title').fill('Escalate placeholder legal requests within the hour');
    await page.getByTestId('goal-due').fill(utcDay(Date.now() + 30 * day));
    await page.getByTestId('goal-add').click();
    await page.getByTestId('review-goal').waitFor();
    expect(await page.getByTestId('review-goal').textContent()).toContain('Escalate placeholder legal requests within the hour');

    await page.getByTestId('review-share').click();
    await page.getByTestId('review-share-confirm-yes').click();
    expect(await page.getByTestId('review-share-error').textContent()).toContain('LEARNING');
    expect(await page.getByTestId('review-status').getAttribute('data-status')).toBe('DRAFT');

    await page.getByTestId('rating-LEARNING-3').check();
    await page.getByTestId('review-save').click();
    await page.getByTestId('review-saved').waitFor();
    await page.getByTestId('review-share').click();
    await page.getByTestId('review-share-confirm-yes').click();
    await page.locator('[data-testid="review-status"][data-status="SHARED"]').waitFor();
    // Read-only from now on.
    expect(await page.getByTestId('review-save').count()).toBe(0);
    expect(await page.getByTestId('review-form').count()).toBe(0);
    expect(await page.locator('[data-testid="review-rating"][data-competency="LEARNING"]').getAttribute('data-rating')).toBe('3');
    await page.context().close();

    // The evaluator finds it under My reviews, reads it and acknowledges it.
    const mine = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await mine.getByTestId('nav-reviews').click();
    const listed = mine.locator(`[data-testid="my-review"][data-id="${reviewId}"]`);
    expect(await listed.getAttribute('data-status')).toBe('SHARED');
    expect(await mine.getByTestId('my-goal').textContent()).toContain('Escalate placeholder legal requests within the hour');
    await listed.getByRole('link').click();
    await mine.waitForURL(`**/reviews/${reviewId}`);
    await mine.getByTestId('review-ratings').waitFor();
    expect(await mine.locator('[data-testid="review-rating"][data-rating="4"]').count()).toBe(5);
    expect(await mine.getByTestId('review-strengths').textContent()).toBe('Careful placeholder rationales.');
    expect(await mine.getByTestId('review-goal').textContent()).toContain('Escalate placeholder legal requests within the hour');
    expect(await mine.getByTestId('addendum-form').count()).toBe(0);
    await mine.getByTestId('acknowledge-comment').fill('Thanks; agreed on the placeholder pace.');
    await mine.getByTestId('acknowledge-submit').click();
    await mine.locator('[data-testid="review-status"][data-status="ACKNOWLEDGED"]').waitFor();
    expect(await mine.getByTestId('review-status').textContent()).toContain('Acknowledged');
    expect(await mine.getByTestId('review-evaluator-comment').textContent()).toBe('Thanks; agreed on the placeholder pace.');
    expect(await mine.getByTestId('acknowledge-form').count()).toBe(0);

    const { performanceReview } = await evaluator.data('query ($id: ID!) { performanceReview(id: $id) { status evaluatorComment } }', { id: reviewId });
    expect(performanceReview).toEqual({ status: 'ACKNOWLEDGED', evaluatorComment: 'Thanks; agreed on the placeholder pace.' });

    // The printable page: no app shell, the evaluator's name, the ratings and the snapshot table.
    await mine.getByTestId('review-print-link').click();
    await mine.waitForURL(`**/reviews/${reviewId}/print`);
    await mine.getByTestId('review-print-evaluator').waitFor();
    expect(await mine.getByTestId('review-print-evaluator').textContent()).toBe(me.displayName);
    expect(await mine.getByTestId('nav-reviews').count()).toBe(0);
    expect(await mine.locator('[data-testid="review-rating"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-rating')))).toEqual(['4', '4', '4', '4', '4', '3']);
    expect(await mine.locator('[data-testid="review-metric"][data-key="casesHandled"]').getByTestId('review-metric-value').textContent()).toBe('1');
    expect(await mine.locator('canvas').count()).toBe(0);
    await mine.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'true');
    });
    await mine.getByTestId('review-print').click();
    expect(await mine.locator('body').getAttribute('data-printed')).toBe('true');
    await mine.context().close();
  });

  it('sends a signed-out reader of the printable page to sign in', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/reviews/${randomUUID()}/print`);
    await page.waitForURL('**/signin');
    await page.context().close();
  });
});
