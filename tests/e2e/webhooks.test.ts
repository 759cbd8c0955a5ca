import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedIn } from '../support/api-client.ts';
import { launchChromium, signInPage } from '../support/browser.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.ts';

let server: TestServer;
let browser: Browser;
let receiver: WebhookReceiver;
beforeAll(async () => {
  // Retries an hour apart: a failed delivery stays failed until the admin replays it.
  server = await startTestServer({ serveWeb: true, jobs: true, webhookRetryBaseMs: 3600_000 });
  browser = await launchChromium();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
  await server?.stop();
});

it('lets an admin register a team’s endpoint, see a delivery fail in its log and replay it once the receiver is back', async () => {
  const queue = await createTestQueue(server.app.orm.em.fork());
  const page = await signInPage(browser, server.url, 'admin@vigil.example');
  await page.getByTestId('nav-webhooks').click();
  await page.waitForURL(/\/admin\/webhooks/);
  await page.getByTestId('endpoint-team').selectOption({ label: 'Search Safety EMEA' });
  await page.getByTestId('endpoint-url').fill(receiver.url);
  await page.getByTestId('endpoint-description').fill('search enforcement');
  await page.getByTestId('endpoint-create').click();
  const secret = (await page.getByTestId('secret-value').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^whsec_/);
  receiver.secrets = [secret];
  await expect.poll(() => page.getByTestId('endpoint-row').filter({ hasText: receiver.url }).count()).toBe(1);

  // The receiver is down for the first attempt.
  receiver.answers = [503];
  const [admin, evaluator] = await Promise.all([signedIn(server.url, 'admin@vigil.example'), signedIn(server.url, 'evaluator@vigil.example')]);
  await admin.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted } }', { input: { cases: [queryReport(queue.id, `prohibited-item-query-${randomUUID().slice(0, 8)}`)] } });
  const { claimNextCase } = await evaluator.data('mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }', { queueId: queue.id });
  await evaluator.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', {
    input: { caseId: claimNextCase.case.id, verdict: 'VIOLATING', policyCodes: ['SCAMS_AND_FRAUD'], action: { type: 'BLOCK_RESULTS' }, rationale: 'scam', handleTimeMs: 1000, idempotencyKey: randomUUID() },
  });
  await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(1);

  const log = page.getByTestId('delivery-log');
  const row = log.getByTestId('delivery-row');
  const seen = async (testid: string) => {
    await log.getByTestId('delivery-refresh').click();
    return (await row.getByTestId(testid).textContent())?.trim();
  };
  await expect.poll(() => seen('delivery-state'), { timeout: 10_000 }).toBe('Retrying');
  expect(await row.getByTestId('delivery-response').textContent()).toContain('503');

  await row.getByTestId('delivery-replay').click();
  await expect.poll(() => seen('delivery-state'), { timeout: 10_000 }).toBe('Delivered');
  expect(await row.getByTestId('delivery-response').textContent()).toContain('200');
  expect((await row.getByTestId('delivery-attempts').textContent())?.trim()).toBe('2');
  expect(receiver.received).toHaveLength(2);
  expect(receiver.received[1]).toMatchObject({ id: receiver.received[0]!.id, verifiedWith: [secret], body: { data: { caseId: claimNextCase.case.id } } });
  await page.context().close();
});
