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
let evaluator2: Person;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  const as = (name: string) => signedIn(server.url, `${name}@vigil.example`);
  [manager, qa, evaluator, evaluator2] = await Promise.all([as('manager'), as('qa'), as('evaluator'), as('evaluator2')]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const runId = randomUUID().slice(0, 8);
const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { case { id status } } }';

const violating = { verdict: 'VIOLATING', policyCodes: ['DANGEROUS_ACTS'], action: { type: 'REMOVE_SUGGESTION' } };
const benign = { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' } };

/** One fresh case in the queue; one at a time, so the next claim of the queue is this case. */
async function ingestOne(queueId: string): Promise<string> {
  const { ingestCases } = await manager.data(ingest, { input: { cases: [queryReport(queueId, `prohibited-item-query-${runId}-${randomUUID().slice(0, 6)}`)] } });
  return ingestCases.results[0].caseId;
}

/** Claims the queue's next case and decides it; returns the case's status after. */
async function claimAndDecide(by: ApiClient, queueId: string, caseId: string, finding: typeof violating | typeof benign, rationale: string): Promise<string> {
  const { claimNextCase } = await by.data(claim, { queueId });
  expect(claimNextCase.case.id).toBe(caseId);
  const { decideCase } = await by.data(decide, { input: { caseId, ...finding, rationale, handleTimeMs: 20_000, idempotencyKey: randomUUID() } });
  return decideCase.case.status;
}

async function displayName(person: ApiClient): Promise<string> {
  return (await person.data('{ me { displayName } }')).me.displayName;
}

/** The QA workspace narrowed to one queue, through the nav and the queue filter. */
async function openWorkspace(page: Page, queueId: string): Promise<void> {
  await page.getByTestId('nav-qa').click();
  await page.getByTestId('qa-workspace').waitFor();
  await page.locator(`[data-testid="qa-filter-queue"] option[value="${queueId}"]`).waitFor({ state: 'attached' });
  await page.getByTestId('qa-filter-queue').selectOption(queueId);
  await page.waitForURL(new RegExp(`/qa\\?queue=${queueId}$`));
}

function openCount(page: Page, kind: 'SAMPLE' | 'ADJUDICATION'): Promise<string | null> {
  return page.getByTestId(`qa-open-${kind}`).getAttribute('data-count');
}

function card(page: Page, kind: string) {
  return page.locator(`[data-testid="qa-decision-card"][data-kind="${kind}"]`);
}

describe('the QA workspace in Chromium', () => {
  it('adjudicates a disagreeing double review from the two reviews side by side', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { doubleReviewRate: 1 });
    const caseId = await ingestOne(queue.id);
    expect(await claimAndDecide(evaluator, queue.id, caseId, violating, `primary-rationale-${runId}`)).toBe('AWAITING_SECOND_REVIEW');
    expect(await claimAndDecide(evaluator2, queue.id, caseId, benign, `second-rationale-${runId}`)).toBe('IN_ADJUDICATION');

    const page = await signInPage(browser, server.url, 'qa@vigil.example');
    await openWorkspace(page, queue.id);
    await expect.poll(() => openCount(page, 'ADJUDICATION')).toBe('1');
    await page.getByTestId('qa-claim-ADJUDICATION').click();
    await page.waitForURL(/\/qa\/[0-9a-f-]+\?queue=/);
    const view = page.getByTestId('qa-task-view');
    await view.waitFor();
    expect(await view.getAttribute('data-kind')).toBe('ADJUDICATION');

    // Both reviews, each with its verdict and who decided it, next to each other.
    expect(await page.getByTestId('qa-decision-card').count()).toBe(2);
    const primary = card(page, 'PRIMARY');
    const second = card(page, 'SECOND_REVIEW');
    expect(await primary.getByTestId('qa-card-verdict').textContent()).toBe('Violating');
    expect(await primary.getByTestId('qa-card-decider').textContent()).toBe(await displayName(evaluator));
    expect(await primary.getByTestId('qa-card-rationale').textContent()).toBe(`primary-rationale-${runId}`);
    expect(await second.getByTestId('qa-card-verdict').textContent()).toBe('Not violating');
    expect(await second.getByTestId('qa-card-decider').textContent()).toBe(await displayName(evaluator2));
    const [left, right] = [await primary.boundingBox(), await second.boundingBox()];
    expect(left!.y).toBe(right!.y);
    expect(left!.x + left!.width).toBeLessThanOrEqual(right!.x);

    // The primary's finding fills the form whole; the analyst sends it as it is.
    await primary.getByTestId('qa-use-finding').click();
    expect(await page.getByTestId('verdict-VIOLATING').isChecked()).toBe(true);
    expect(await page.getByTestId('policy-DANGEROUS_ACTS').isChecked()).toBe(true);
    expect(await page.getByTestId('action-select').inputValue()).toBe('REMOVE_SUGGESTION');
    expect(await page.getByTestId('rationale').inputValue()).toBe(`primary-rationale-${runId}`);
    await page.getByTestId('submit-decision').click();
    const outcome = page.getByTestId('qa-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('Adjudicated');
    expect(await page.getByTestId('qa-outcome-value').getAttribute('data-outcome')).toBe('ADJUDICATED');
    await expect.poll(() => view.getAttribute('data-status')).toBe('DONE');
    expect(await page.getByTestId('qa-next').textContent()).toContain('Adjudicate next');

    const { case: resolved } = await manager.data('query ($id: ID!) { case(id: $id) { status standingDecision { kind verdict policyCodes action decidedBy { email } } } }', { id: caseId });
    expect(resolved).toEqual({
      status: 'RESOLVED',
      standingDecision: { kind: 'ADJUDICATION', verdict: 'VIOLATING', policyCodes: ['DANGEROUS_ACTS'], action: 'REMOVE_SUGGESTION', decidedBy: { email: 'qa@vigil.example' } },
    });
    await page.context().close();
  });

  it('overturns a sampled decision and tells the evaluator', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
    const caseId = await ingestOne(queue.id);
    expect(await claimAndDecide(evaluator, queue.id, caseId, benign, `sampled-rationale-${runId}`)).toBe('RESOLVED');
    const unread = async () => (await evaluator.data('{ myUnreadNotificationCount }')).myUnreadNotificationCount as number;
    const unreadBefore = await unread();

    const page = await signInPage(browser, server.url, 'qa@vigil.example');
    await openWorkspace(page, queue.id);
    await expect.poll(() => openCount(page, 'SAMPLE')).toBe('1');
    await page.getByTestId('qa-claim-SAMPLE').click();
    const view = page.getByTestId('qa-task-view');
    await view.waitFor();
    expect(await view.getAttribute('data-kind')).toBe('SAMPLE');
    expect(await page.getByTestId('qa-decision-card').count()).toBe(1);
    const sampled = card(page, 'PRIMARY');
    expect(await sampled.getByTestId('qa-card-verdict').textContent()).toBe('Not violating');
    expect(await sampled.getByTestId('qa-card-decider').textContent()).toBe(await displayName(evaluator));
    await page.getByTestId('qa-confirm').waitFor();

    // Start from the sampled finding, then override it: a violation names its policies first.
    await sampled.getByTestId('qa-use-finding').click();
    await page.getByTestId('verdict-VIOLATING').check();
    await page.getByTestId('submit-decision').click();
    expect(await page.getByTestId('decision-error').textContent()).toContain('names the policies');
    await page.getByTestId('policy-DANGEROUS_ACTS').check();
    await page.getByTestId('action-select').selectOption('REMOVE_SUGGESTION');
    await page.getByTestId('rationale').fill(`qa-override-${runId}: the query seeks a prohibited item`);
    await page.getByTestId('submit-decision').click();
    await page.getByTestId('qa-outcome').waitFor();
    expect(await page.getByTestId('qa-outcome').textContent()).toContain('Overturned');
    expect(await page.getByTestId('qa-outcome-value').getAttribute('data-outcome')).toBe('OVERTURNED');
    // The QA finding now shows next to the one it overturned.
    await card(page, 'QA_REVIEW').waitFor();

    expect(await unread()).toBe(unreadBefore + 1);
    const { case: reviewed } = await manager.data('query ($id: ID!) { case(id: $id) { status standingDecision { kind verdict } } }', { id: caseId });
    expect(reviewed).toEqual({ status: 'RESOLVED', standingDecision: { kind: 'QA_REVIEW', verdict: 'VIOLATING' } });

    // Back on the workspace, the done task leads the recent list with its outcome.
    await page.goto(`${server.url}/qa?queue=${queue.id}`);
    const row = page.getByTestId('qa-recent-row').first();
    await row.waitFor();
    expect(await row.getAttribute('data-outcome')).toBe('OVERTURNED');
    await page.context().close();
  });

  it('raises the open sample count live when a decision is sampled', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
    const page = await signInPage(browser, server.url, 'qa@vigil.example');
    await page.getByTestId('nav-qa').click();
    await expect.poll(() => page.getByTestId('qa-live').getAttribute('data-status')).toBe('connected');
    const { qaTaskCounts } = await qa.data('{ qaTaskCounts { openSamples } }');
    await expect.poll(() => openCount(page, 'SAMPLE')).toBe(String(qaTaskCounts.openSamples));
    // A mark on this document: a reload would drop it.
    await page.evaluate(() => Object.assign(window, { qaPageMark: 'kept' }));

    const caseId = await ingestOne(queue.id);
    expect(await claimAndDecide(evaluator, queue.id, caseId, benign, `live-rationale-${runId}`)).toBe('RESOLVED');
    await expect.poll(() => openCount(page, 'SAMPLE'), { timeout: 5000 }).toBe(String(qaTaskCounts.openSamples + 1));
    expect(await page.evaluate(() => (window as unknown as { qaPageMark?: string }).qaPageMark)).toBe('kept');
    await page.context().close();
  });

  it('confirms a sample unchanged with one button, counting handle time from when the task opened', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1 });
    const caseId = await ingestOne(queue.id);
    expect(await claimAndDecide(evaluator, queue.id, caseId, violating, `confirmed-rationale-${runId}`)).toBe('RESOLVED');

    const page = await signInPage(browser, server.url, 'qa@vigil.example');
    await openWorkspace(page, queue.id);
    await expect.poll(() => openCount(page, 'SAMPLE')).toBe('1');
    await page.getByTestId('qa-claim-SAMPLE').click();
    await page.getByTestId('qa-task-view').waitFor();
    const openedAt = Date.now();
    await page.waitForTimeout(300);
    await page.getByTestId('qa-confirm').click();
    await page.getByTestId('qa-outcome').waitFor();
    const elapsed = Date.now() - openedAt;
    expect(await page.getByTestId('qa-outcome-value').getAttribute('data-outcome')).toBe('CONFIRMED');
    expect(await page.getByTestId('qa-outcome').textContent()).toContain('Confirmed');

    const { case: confirmed } = await manager.data('query ($id: ID!) { case(id: $id) { decisions { kind verdict policyCodes action handleTimeMs } } }', { id: caseId });
    const review = confirmed.decisions.find((decision: { kind: string }) => decision.kind === 'QA_REVIEW');
    expect(review).toMatchObject({ verdict: 'VIOLATING', policyCodes: ['DANGEROUS_ACTS'], action: 'REMOVE_SUGGESTION' });
    expect(review.handleTimeMs).toBeGreaterThanOrEqual(300);
    expect(review.handleTimeMs).toBeLessThan(elapsed + 5000);
    await page.context().close();
  });

  it("keeps the analyst's claim while the task is open, heartbeating within the lease the server gives", async () => {
    const queue = await createTestQueue(server.app.orm.em.fork(), { qaSampleRate: 1, leaseMs: 10_000 });
    const caseId = await ingestOne(queue.id);
    expect(await claimAndDecide(evaluator, queue.id, caseId, benign, `kept-rationale-${runId}`)).toBe('RESOLVED');

    const page = await signInPage(browser, server.url, 'qa@vigil.example');
    await openWorkspace(page, queue.id);
    await expect.poll(() => openCount(page, 'SAMPLE')).toBe('1');
    await page.getByTestId('qa-claim-SAMPLE').click();
    await page.getByTestId('qa-task-view').waitFor();
    const taskId = new URL(page.url()).pathname.split('/').pop()!;
    const read = 'query ($id: ID!) { qaTask(id: $id) { status leaseMs leaseExpiresAt assignee { id } } }';
    const claimed = (await qa.data(read, { id: taskId })).qaTask;
    expect(claimed).toMatchObject({ status: 'CLAIMED', leaseMs: 10_000, assignee: { id: qa.userId } });
    // A heartbeat every third of the 10-second lease moves the expiry on while the view is open.
    await expect
      .poll(async () => Date.parse((await qa.data(read, { id: taskId })).qaTask.leaseExpiresAt) - Date.parse(claimed.leaseExpiresAt), { timeout: 15_000 })
      .toBeGreaterThan(2_000);
    await page.getByTestId('qa-confirm').click();
    await page.getByTestId('qa-outcome').waitFor();
    await page.context().close();
  });
});
