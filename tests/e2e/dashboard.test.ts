import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, nextCase, openWorkbench, signInPage } from '../support/browser.ts';
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

describe('the team dashboard in Chromium', () => {
  it('moves live on the manager’s screen while an evaluator decides cases in another browser', async () => {
    const queue = await createTestQueue(server.app.orm.em.fork());
    const run = randomUUID().slice(0, 8);
    await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', {
      input: { cases: [0, 1, 2].map((i) => queryReport(queue.id, `dashboard-e2e-${run}-${i}`, { severity: 'S2' })) },
    });

    const dashboard = await signInPage(browser, server.url, 'manager@vigil.example');
    await dashboard.getByTestId('nav-dashboard').click();
    await expect.poll(() => dashboard.getByTestId('dashboard-live').getAttribute('data-status')).toBe('connected');
    const row = dashboard.locator(`[data-testid="queue-health-row"][data-queue-id="${queue.id}"]`);
    const cells = async () => (await row.locator('td').allTextContents()).map((text) => text.trim());
    // S0 S1 S2 S3, claimed, oldest due, pace, arrivals, will breach.
    await expect.poll(async () => (await cells()).slice(0, 5)).toEqual(['0', '0', '3', '0', '0']);
    await expect.poll(() => row.getByTestId('queue-pace').textContent()).toBe('0');
    // The charts come with their data tables.
    expect(await dashboard.getByTestId('backlog-chart').locator('table').count()).toBe(1);

    const evaluator = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await openWorkbench(evaluator, queue.id);
    await evaluator.keyboard.press('n');
    const first = await nextCase(evaluator, null);
    // The claim shows without a reload.
    await expect.poll(async () => (await cells())[4]).toBe('1');
    await evaluator.keyboard.press('2');
    await evaluator.keyboard.press('Enter');
    const second = await nextCase(evaluator, first);
    await evaluator.keyboard.press('2');
    await evaluator.keyboard.press('Enter');
    await nextCase(evaluator, second);

    await expect.poll(() => row.getByTestId('queue-pace').textContent()).toBe('2');
    await expect.poll(async () => (await cells()).slice(0, 5)).toEqual(['0', '0', '1', '0', '1']);
    await evaluator.context().close();
    await dashboard.context().close();
  });
});
