import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
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

const runId = randomUUID().slice(0, 8);
const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted results { status caseId } } }';
const heartbeat = 'mutation ($caseId: ID!) { heartbeatLease(caseId: $caseId) { case { leaseExpiresAt } } }';

/** A queue of the manager's team with one S3 report about this query text, and its case id. */
async function queueWith(text: string): Promise<{ queueId: string; caseId: string }> {
  const queue = await createTestQueue(server.app.orm.em.fork());
  const { ingestCases } = await manager.data(ingest, { input: { cases: [queryReport(queue.id, text, { severity: 'S3' })] } });
  expect(ingestCases.accepted).toBe(1);
  return { queueId: queue.id, caseId: ingestCases.results[0].caseId };
}

/**
 * The case subscription sends no acknowledgement, so extend the lease from a second session until
 * the workbench shows the new expiry: from then on it surely follows the case.
 */
async function untilFollowing(page: Page, evaluator: ApiClient, caseId: string): Promise<void> {
  let extended: string | null = null;
  await expect
    .poll(
      async () => {
        if (extended && (await page.getByTestId('lease-countdown').getAttribute('data-expires-at')) === extended) return true;
        extended = (await evaluator.data(heartbeat, { caseId })).heartbeatLease.case.leaseExpiresAt;
        return false;
      },
      { interval: 250, timeout: 5000 },
    )
    .toBe(true);
}

describe('the workbench following its case live in Chromium', () => {
  it('shows a report merged into the held case at once and keeps the draft as typed', async () => {
    const text = `live-case-query-${runId}`;
    const { queueId, caseId } = await queueWith(text);
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const page = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await openWorkbench(page, queueId);
    await page.keyboard.press('n');
    expect(await nextCase(page, null)).toBe(caseId);
    const view = page.getByTestId('case-view');
    expect(await view.getAttribute('data-severity')).toBe('S3');
    expect(await page.getByTestId('case-report-count').textContent()).toBe('1');
    const slaBefore = await page.getByTestId('case-sla').textContent();

    await page.keyboard.press('1');
    await page.keyboard.press('p');
    await page.keyboard.press('Space');
    await page.getByTestId('action-select').selectOption('DEMOTE_RESULTS');
    await page.keyboard.press('c');
    await page.keyboard.type('Draft written before the second report arrived.');
    await untilFollowing(page, evaluator, caseId);

    // Same query text and locale: the report merges into the held case and raises its severity.
    const { ingestCases } = await manager.data(ingest, {
      input: { cases: [queryReport(queueId, text, { severity: 'S1', source: 'model-flag', reasons: ['reported as misleading'] })] },
    });
    expect(ingestCases.results[0]).toEqual({ status: 'MERGED', caseId });

    await expect.poll(() => page.getByTestId('case-report-count').textContent()).toBe('2');
    expect(await view.getAttribute('data-severity')).toBe('S1');
    expect(await page.getByTestId('case-reasons').textContent()).toContain('reported as misleading');
    expect(await page.getByTestId('case-sla').textContent()).not.toBe(slaBefore);
    expect(await page.getByTestId('verdict-VIOLATING').isChecked()).toBe(true);
    expect(await page.getByTestId('policy-CHILD_SAFETY').isChecked()).toBe(true);
    expect(await page.getByTestId('action-select').inputValue()).toBe('DEMOTE_RESULTS');
    expect(await page.getByTestId('rationale').inputValue()).toBe('Draft written before the second report arrived.');
    // The typing went on where it was: the refresh did not move the focus.
    await page.keyboard.type(' Still typing.');

    // Deciding here moves on as always; its own change is not news from elsewhere.
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('queue-empty').waitFor();
    expect(await page.getByTestId('case-left-elsewhere').count()).toBe(0);
    const { case: decided } = await manager.data('query ($id: ID!) { case(id: $id) { status decisions { action rationale } } }', { id: caseId });
    expect(decided).toEqual({
      status: 'RESOLVED',
      decisions: [{ action: 'DEMOTE_RESULTS', rationale: 'Draft written before the second report arrived. Still typing.' }],
    });
    await page.context().close();
  });

  it('stops work on a case the evaluator released from another session, and N claims the next', async () => {
    const { queueId, caseId } = await queueWith(`live-case-query-released-${runId}`);
    const elsewhere = await signedIn(server.url, 'evaluator@vigil.example');
    const page = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await openWorkbench(page, queueId);
    await page.keyboard.press('n');
    expect(await nextCase(page, null)).toBe(caseId);
    await page.keyboard.press('2');
    await untilFollowing(page, elsewhere, caseId);

    await elsewhere.data('mutation ($caseId: ID!) { releaseCase(caseId: $caseId) { case { status } } }', { caseId });
    const notice = page.getByTestId('case-left-elsewhere');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('This case was decided or released elsewhere');
    expect(await page.getByTestId('case-view').count()).toBe(0);

    // The case went back to the queue and is its best, so N claims it afresh, with an empty draft.
    await page.keyboard.press('n');
    expect(await nextCase(page, null)).toBe(caseId);
    await notice.waitFor({ state: 'detached' });
    expect(await page.getByTestId('verdict-NOT_VIOLATING').isChecked()).toBe(false);

    // Skipping here gives it back as always, without the notice meant for changes made elsewhere.
    await page.keyboard.press('s');
    await page.getByTestId('case-released').waitFor();
    expect(await notice.count()).toBe(0);
    await page.context().close();
  });
});
