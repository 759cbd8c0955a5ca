import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, signInPage, openWorkbench, nextCase } from '../support/browser.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;
let manager: ApiClient;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  manager = await signedIn(server.url, 'manager@vigil.example');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const runId = randomUUID().slice(0, 8);
const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted results { caseId } } }';

/** A queue of the manager's team holding exactly these cases, most severe first. */
async function queueWith(severities: string[], leaseMs?: number): Promise<{ queueId: string; caseIds: string[] }> {
  const queue = await createTestQueue(server.app.orm.em.fork(), leaseMs ? { leaseMs } : {});
  const cases = severities.map((severity, index) => queryReport(queue.id, `workbench-query-${runId}-${queue.id.slice(0, 6)}-${index}`, { severity }));
  const { ingestCases } = await manager.data(ingest, { input: { cases } });
  expect(ingestCases.accepted).toBe(severities.length);
  return { queueId: queue.id, caseIds: ingestCases.results.map((result: { caseId: string }) => result.caseId) };
}

async function decisionsOf(caseId: string): Promise<{ verdict: string; policyCodes: string[]; handleTimeMs: number }[]> {
  const data = await manager.data('query ($id: ID!) { case(id: $id) { decisions { verdict policyCodes handleTimeMs } } }', { id: caseId });
  return data.case.decisions;
}

describe('the queues and the workbench in Chromium', () => {
  it("lets an evaluator decide three cases with the keyboard alone while the manager's board follows live", async () => {
    const { queueId, caseIds } = await queueWith(['S1', 'S2', 'S3']);
    const board = await signInPage(browser, server.url, 'manager@vigil.example');
    await board.getByTestId('nav-board').click();
    const card = board.locator(`[data-testid="board-queue"][data-queue-id="${queueId}"]`);
    await expect.poll(() => card.getByTestId('board-live').getAttribute('data-status')).toBe('connected');
    const counts = async () => [await card.getByTestId('board-open').textContent(), await card.getByTestId('board-in-review').textContent()];
    await expect.poll(counts).toEqual(['3', '0']);

    const page = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await openWorkbench(page, queueId);

    await page.keyboard.press('n');
    const first = await nextCase(page, null);
    await expect.poll(counts).toEqual(['2', '1']);
    await page.keyboard.press('1');
    await page.keyboard.press('p');
    await page.keyboard.press('Space');
    await page.keyboard.press('c');
    await page.keyboard.type('Names a prohibited item; n and 2 typed here stay text.');
    await page.keyboard.press('Control+Enter');

    const second = await nextCase(page, first);
    await expect.poll(counts).toEqual(['1', '1']);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');

    const third = await nextCase(page, second);
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');

    await page.getByTestId('queue-empty').waitFor();
    expect(await page.getByTestId('queue-empty').textContent()).toContain('Nothing to review in this queue right now.');
    await expect.poll(counts).toEqual(['0', '0']);
    await board.context().close();
    expect([first, second, third]).toEqual(caseIds);
    const [violating] = await decisionsOf(first);
    expect(violating).toMatchObject({ verdict: 'VIOLATING', policyCodes: ['CHILD_SAFETY'] });
    expect(violating!.handleTimeMs).toBeGreaterThan(0);
    expect((await decisionsOf(second))[0]).toMatchObject({ verdict: 'NOT_VIOLATING', policyCodes: [] });
    expect((await decisionsOf(third))[0]).toMatchObject({ verdict: 'NEEDS_CONTEXT', policyCodes: [] });
    await page.context().close();
  });

  it('blurs a high-severity subject until the evaluator reveals it, for that case only', async () => {
    const { queueId } = await queueWith(['S1', 'S1', 'S2']);
    const page = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await openWorkbench(page, queueId);
    const blur = page.getByTestId('subject-blur');

    await page.keyboard.press('n');
    const first = await nextCase(page, null);
    expect(await blur.getAttribute('data-revealed')).toBe('false');
    expect(await blur.textContent()).toContain('Blurred because this case is S1');
    await page.keyboard.press('r');
    expect(await blur.getAttribute('data-revealed')).toBe('true');

    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    const second = await nextCase(page, first);
    expect(await blur.getAttribute('data-revealed')).toBe('false');
    await page.getByTestId('reveal').click();
    expect(await blur.getAttribute('data-revealed')).toBe('true');

    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await nextCase(page, second);
    expect(await blur.getAttribute('data-treatment')).toBe('grey');
    await page.context().close();
  });

  it('tells the evaluator when the lease ran out and returns to idle', async () => {
    const { queueId } = await queueWith(['S2'], 10_000);
    const page = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await openWorkbench(page, queueId);
    // No heartbeat gets through, as when the evaluator's network drops for longer than the lease.
    await page.route('**/graphql', (route) =>
      route.request().postData()?.includes('heartbeatLease') ? route.abort('failed') : route.fallback(),
    );
    await page.keyboard.press('n');
    await nextCase(page, null);
    await page.keyboard.press('2');
    await page.waitForTimeout(10_500);
    await page.keyboard.press('Enter');
    await page.getByTestId('lease-expired').waitFor();
    expect(await page.getByTestId('lease-expired').textContent()).toContain('Your lease expired; the case went back to the queue');
    expect(await page.getByTestId('case-view').count()).toBe(0);
    await page.getByTestId('claim-next').waitFor();
    await page.context().close();
  });

  it("shows a manager their team's queues with counts that change live", async () => {
    const { queueId } = await queueWith(['S2', 'S3']);
    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await page.getByTestId('nav-board').click();
    await page.waitForURL(/\/board/);
    const card = page.locator(`[data-testid="board-queue"][data-queue-id="${queueId}"]`);
    await expect.poll(() => card.getByTestId('board-live').getAttribute('data-status')).toBe('connected');
    expect(await card.getByTestId('board-open').textContent()).toBe('2');
    expect(await card.getByTestId('board-in-review').textContent()).toBe('0');
    expect(await card.getByTestId('board-oldest-due').textContent()).toMatch(/due in/);

    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    await evaluator.data('mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }', { queueId });
    await expect.poll(() => card.getByTestId('board-in-review').textContent()).toBe('1');
    expect(await card.getByTestId('board-open').textContent()).toBe('1');

    // Another team's queues are not on this manager's board.
    const names = await page.getByTestId('board-queue').allTextContents();
    expect(names.some((text) => text.includes('Underage accounts'))).toBe(false);
    await page.context().close();
  });

  // Last: it lowers the team's cap for everyone on this test database.
  it("stops handing out cases once the evaluator reaches the team's severe-case cap", async () => {
    const { me } = await manager.data('{ me { team { id } } }');
    await manager.data('mutation ($input: UpdateTeamWellnessInput!) { updateTeamWellness(input: $input) { settings { dailySevereCap } } }', {
      input: { teamId: me.team.id, dailySevereCap: 1, breakMinutes: 15 },
    });
    const { queueId } = await queueWith(['S1', 'S3']);
    const page = await signInPage(browser, server.url, 'evaluator2@vigil.example');
    await openWorkbench(page, queueId);

    await page.keyboard.press('n');
    await nextCase(page, null);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');

    await page.getByTestId('wellness-break').waitFor();
    expect(await page.getByTestId('wellness-break').textContent()).toMatch(/Claims resume at .* \(in 1[45] min\)/);
    expect(await page.getByTestId('case-view').count()).toBe(0);
    expect(await page.getByTestId('claim-next').count()).toBe(0);
    await page.context().close();
  });
});
