import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, nextCase, openWorkbench, signInPage } from '../support/browser.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('lets a reviewer who had no part in the decision read an appeal in the workbench and reverse it, and the enforcement list drops the entry', async () => {
  const admin = await signedIn(server.url, 'admin@vigil.example');
  const token = async (scope: string) =>
    new ApiClient(server.url, (await admin.data('mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', { input: { name: `e2e ${scope}`, scopes: [scope] } })).createApiToken.secret);
  const [platform, enforcer] = await Promise.all([token('APPEALS_WRITE'), token('DECISIONS_READ')]);

  // Another evaluator blocked the query; the list enforces it.
  const queue = await createTestQueue(server.app.orm.em.fork());
  const text = `prohibited-item-query-${randomUUID().slice(0, 8)}`;
  await admin.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', { input: { cases: [queryReport(queue.id, text)] } });
  const decider = await signedIn(server.url, 'evaluator2@vigil.example');
  const { claimNextCase } = await decider.data('mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }', { queueId: queue.id });
  const { decideCase } = await decider.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', {
    input: { caseId: claimNextCase.case.id, verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: { type: 'BLOCK_RESULTS' }, rationale: 'a scam storefront', handleTimeMs: 1000, idempotencyKey: randomUUID() },
  });
  const listed = async () => {
    const { enforcementList } = await enforcer.data('{ enforcementList(domain: SEARCH, first: 1000) { entries { subject { key } action } } }');
    return enforcementList.entries.find((entry: { subject: { key: string } }) => entry.subject.key === `query:en-GB:${text}`)?.action ?? null;
  };
  expect(await listed()).toBe('BLOCK_RESULTS');

  const { submitAppeal } = await platform.data('mutation ($input: SubmitAppealInput!) { submitAppeal(input: $input) { appeal { id caseId } } }', {
    input: { decisionId: decideCase.decision.id, statement: 'My shop sells ordinary kitchen goods.', idempotencyKey: randomUUID() },
  });
  const [appealsQueue] = await server.app.orm.em.fork().execute<{ appeals_queue_id: string }[]>('select appeals_queue_id from queue where id = ?', [queue.id]);

  const page = await signInPage(browser, server.url, 'evaluator@vigil.example');
  await openWorkbench(page, appealsQueue!.appeals_queue_id);
  await page.keyboard.press('n');
  expect(await nextCase(page, null)).toBe(submitAppeal.appeal.caseId);
  await page.keyboard.press('r');
  await expect.poll(() => page.getByTestId('appeal-statement').textContent()).toBe('My shop sells ordinary kitchen goods.');
  expect(await page.getByTestId('appeal-rationale').textContent()).toBe('a scam storefront');
  expect(await page.getByTestId('appeal-outcome').textContent()).toContain('SCAMS_AND_FRAUD');

  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await page.getByTestId('queue-empty').waitFor();
  const { appeal } = await platform.data('query ($id: ID!) { appeal(id: $id) { status } }', { id: submitAppeal.appeal.id });
  expect(appeal.status).toBe('REVERSED');
  expect(await listed()).toBeNull();
  await page.context().close();
});
