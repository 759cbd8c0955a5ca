import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Domain } from '../../server/src/policies/severity.ts';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, nextCase, openWorkbench, signInPage } from '../support/browser.ts';
import { accountReport, createEvaluators, createTestQueue } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Strike ladders in Chromium: the workbench shows an account's standing and history of actions,
 * proposes the ladder's action for the policies ticked, and asks why before sending another one.
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

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { status caseId } } }';
const spam = 'SPAM_AND_FAKE_ENGAGEMENT';

async function report(queueId: string, accountId: string): Promise<{ status: string; caseId: string }> {
  const { ingestCases } = await admin.data(ingest, { input: { cases: [accountReport(queueId, accountId)] } });
  return ingestCases.results[0];
}

it('proposes the next rung from the account’s strikes, fills it in, and records the reason for deciding otherwise', async () => {
  const queue = await createTestQueue(server.app.orm.em.fork(), { domain: Domain.ACCOUNT });
  const [earlier, email] = await createEvaluators(server.app.orm.em.fork(), 2);
  const account = `acct-${randomUUID().slice(0, 8)}`;

  // A first violation, decided as the ladder proposes it (a warning): the account has one strike in spam.
  const first = await report(queue.id, account);
  const colleague = await signedIn(server.url, earlier!);
  await colleague.data('mutation ($q: ID!) { claimNextCase(queueId: $q) { case { id } } }', { q: queue.id });
  await colleague.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', {
    input: { caseId: first.caseId, verdict: 'VIOLATING', policyCodes: [spam], action: { type: 'WARN' }, rationale: 'bulk follow spam', handleTimeMs: 1000, idempotencyKey: randomUUID() },
  });

  // A new report about the same account opens a new case.
  const second = await report(queue.id, account);
  expect(second.status).toBe('CREATED');
  expect(second.caseId).not.toBe(first.caseId);

  const page = await signInPage(browser, server.url, email!);
  await openWorkbench(page, queue.id);
  await page.getByTestId('claim-next').click();
  expect(await nextCase(page, null)).toBe(second.caseId);

  // The account standing: one active strike in spam, and the warning in the history of actions.
  const standing = page.getByTestId('account-standing');
  const area = standing.locator(`[data-testid="standing-area"][data-policy-code="${spam}"]`);
  await area.waitFor();
  expect(await area.getByTestId('standing-strikes').textContent()).toBe('1');
  expect(await area.getByTestId('standing-proposed').textContent()).toContain('Suspend 7 days');
  expect(await standing.getByTestId('strike-row').getAttribute('data-status')).toBe('ACTIVE');
  const outcomes = standing.getByTestId('outcome-row');
  expect(await outcomes.count()).toBe(1);
  expect((await outcomes.getByTestId('outcome-action').textContent())?.trim()).toBe('Warn');
  expect(await outcomes.getAttribute('data-superseded')).toBe('false');

  // A violation in spam: the ladder's next rung, filled in as the action.
  await page.getByTestId('verdict-VIOLATING').check();
  await page.getByTestId(`policy-${spam}`).check();
  const proposal = page.getByTestId('ladder-proposal');
  await expect.poll(() => proposal.getByTestId('ladder-proposed-action').textContent()).toBe('Suspend 7 days');
  expect(await proposal.getByTestId('ladder-standing').textContent()).toContain('1 active strike in');
  expect(await page.getByTestId('action-select').inputValue()).toBe('SUSPEND');
  expect(await page.getByTestId('action-suspension-days').inputValue()).toBe('7');
  await proposal.getByTestId('ladder-followed').waitFor();
  expect(await page.getByTestId('ladder-deviation-reason').count()).toBe(0);

  // Another action asks why; "Use the proposal" puts the ladder's back.
  await page.getByTestId('action-select').selectOption('BAN');
  await page.getByTestId('ladder-deviation-reason').waitFor();
  expect(await page.getByTestId('ladder-deviation-reason').getAttribute('aria-required')).toBe('true');
  await proposal.getByTestId('use-ladder-proposal').click();
  await expect.poll(() => page.getByTestId('action-select').inputValue()).toBe('SUSPEND');
  expect(await page.getByTestId('action-suspension-days').inputValue()).toBe('7');
  await page.getByTestId('ladder-deviation-reason').waitFor({ state: 'detached' });

  // Banning after all: without a reason the decision is not sent.
  await page.getByTestId('action-select').selectOption('BAN');
  await page.getByTestId('rationale').fill('Runs a paid follower scheme.');
  await page.getByTestId('submit-decision').click();
  const refusal = page.getByTestId('ladder-deviation-error');
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain('Suspend 7 days');
  expect(await page.getByTestId('case-view').getAttribute('data-case-id')).toBe(second.caseId);
  expect((await admin.data('query ($id: ID!) { case(id: $id) { decisions { id } } }', { id: second.caseId })).case.decisions).toEqual([]);

  await page.getByTestId('ladder-deviation-reason').fill('Sells the follower scheme to other accounts too.');
  await expect.poll(() => refusal.count()).toBe(0);
  await page.getByTestId('submit-decision').click();
  await page.getByTestId('queue-empty').waitFor();

  const { case: decided } = await admin.data('query ($id: ID!) { case(id: $id) { decisions { action ladderProposal { type suspensionDays } ladderDeviationReason } } }', { id: second.caseId });
  expect(decided.decisions).toEqual([
    { action: 'BAN', ladderProposal: { type: 'SUSPEND', suspensionDays: 7 }, ladderDeviationReason: 'Sells the follower scheme to other accounts too.' },
  ]);
  await page.context().close();
});
