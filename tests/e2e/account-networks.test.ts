import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Domain } from '../../server/src/policies/severity.ts';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, nextCase, openWorkbench, signInPage } from '../support/browser.ts';
import { accountReport, createEvaluators, createTestQueue } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Account networks in Chromium: the workbench lists the accounts linked to the account case
 * held, and a specialist decides the ones they tick at once, each with its own decision.
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

const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId status } } }';

interface CaseOutcome {
  status: string;
  decisions: { kind: string; rationale: string; action: string; actionParams: Record<string, unknown>; policyCodes: string[] }[];
}

async function outcomeOf(caseId: string): Promise<CaseOutcome> {
  return (await admin.data('query ($id: ID!) { case(id: $id) { status decisions { kind rationale action actionParams policyCodes } } }', { id: caseId })).case;
}

it('a specialist applies a network action to three of five linked accounts', async () => {
  const queue = await createTestQueue(server.app.orm.em.fork(), { domain: Domain.ACCOUNT });
  // a names b; b and c share a device; c and d a payment instrument; e names d: one network of five.
  const run = randomUUID().slice(0, 8);
  const accounts = ['a', 'b', 'c', 'd', 'e'].map((name) => `net-${run}-${name}`);
  const [a, b, c, d, e] = accounts as [string, string, string, string, string];
  const device = { kind: 'DEVICE' as const, id: `device-${run}` };
  const payment = { kind: 'PAYMENT' as const, id: `payment-${run}` };
  const { ingestCases } = await admin.data(ingest, {
    input: {
      cases: [
        accountReport(queue.id, a, { linkedAccountIds: [b] }),
        accountReport(queue.id, b, { fingerprints: [device] }),
        accountReport(queue.id, c, { fingerprints: [device, payment] }),
        accountReport(queue.id, d, { fingerprints: [payment] }),
        accountReport(queue.id, e, { linkedAccountIds: [d] }),
      ],
    },
  });
  expect(ingestCases.results.map((result: { status: string }) => result.status)).toEqual(['CREATED', 'CREATED', 'CREATED', 'CREATED', 'CREATED']);
  const caseOf = new Map(accounts.map((account, index) => [account, ingestCases.results[index].caseId as string]));

  const page = await signInPage(browser, server.url, 'specialist@vigil.example');
  await openWorkbench(page, queue.id);
  await page.getByTestId('claim-next').click();
  const held = await nextCase(page, null);
  const own = accounts.find((account) => caseOf.get(account) === held)!;
  expect(own).toBeDefined();

  // The account of the case comes first, then the four linked to it.
  const rows = page.getByTestId('network-member-row');
  await expect.poll(() => rows.count()).toBe(5);
  expect(await rows.first().getAttribute('data-account-id')).toBe(own);
  expect((await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-account-id')))).sort()).toEqual([...accounts].sort());
  expect(await page.getByRole('columnheader', { name: 'Include' }).count()).toBe(1);

  // Three of the other four, in a different order from the list's; the fourth and the held case's own account stay as they are.
  const others = accounts.filter((account) => account !== own);
  const ticked = [others[2]!, others[0]!, others[1]!];
  const untouched = [own, others[3]!];
  const button = page.getByTestId('apply-network-action');
  for (const account of ticked) await page.getByTestId(`network-member-${account}`).check();
  await expect.poll(() => button.textContent()).toContain('Apply to 3 accounts');

  // Nothing is sent without a rationale.
  await page.getByTestId('network-policy-SPAM_AND_FAKE_ENGAGEMENT').check();
  await page.getByTestId('network-action-select').selectOption('SUSPEND');
  await page.getByTestId('network-suspension-days').fill('30');
  await button.click();
  await expect.poll(() => page.getByTestId('network-action-error').textContent()).toContain('Say why');

  const rationale = `one operator runs these accounts (${run})`;
  await page.getByTestId('network-rationale').fill(rationale);
  await expect.poll(() => page.getByTestId('network-action-error').count()).toBe(0);
  await button.click();
  const result = page.getByTestId('network-action-result');
  await result.waitFor();
  expect(await result.textContent()).toContain('3 decisions made');

  // The list is read again: the decided accounts have no open case left and carry the strike.
  const row = (account: string) => page.locator(`[data-testid="network-member-row"][data-account-id="${account}"]`);
  for (const account of ticked) {
    await expect.poll(() => row(account).getByTestId('network-member-open-cases').textContent()).toContain('None');
    expect(await row(account).getByTestId('network-member-strikes').textContent()).not.toContain('None');
  }
  for (const account of untouched) expect(await row(account).getByTestId('network-member-open-cases').textContent()).not.toContain('None');
  await expect.poll(() => button.textContent()).toContain('Apply to the ticked accounts');
  // The held case is still the specialist's to decide.
  expect(await page.getByTestId('case-view').getAttribute('data-case-id')).toBe(held);

  for (const account of ticked) {
    const outcome = await outcomeOf(caseOf.get(account)!);
    expect(outcome.status).toBe('RESOLVED');
    expect(outcome.decisions).toEqual([
      { kind: 'NETWORK_ACTION', rationale, action: 'SUSPEND', actionParams: { suspensionDays: 30 }, policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'] },
    ]);
  }
  expect(await outcomeOf(held)).toEqual({ status: 'IN_REVIEW', decisions: [] });
  expect(await outcomeOf(caseOf.get(others[3]!)!)).toEqual({ status: 'OPEN', decisions: [] });
  await page.context().close();
});

it('shows an evaluator the linked accounts without a network action, and says when an account has none', async () => {
  const [linkedQueue, loneQueue] = [await createTestQueue(server.app.orm.em.fork(), { domain: Domain.ACCOUNT }), await createTestQueue(server.app.orm.em.fork(), { domain: Domain.ACCOUNT })];
  const [email] = await createEvaluators(server.app.orm.em.fork(), 1);
  const run = randomUUID().slice(0, 8);
  const pair = [`net-${run}-one`, `net-${run}-two`];
  await admin.data(ingest, {
    input: {
      cases: [
        accountReport(linkedQueue.id, pair[0]!, { linkedAccountIds: [pair[1]!] }),
        accountReport(linkedQueue.id, pair[1]!),
        accountReport(loneQueue.id, `net-${run}-alone`, { fingerprints: [{ kind: 'DEVICE', id: `device-${run}` }] }),
      ],
    },
  });

  // Either case of the pair lists both accounts, with nothing to tick.
  const page = await signInPage(browser, server.url, email!);
  await openWorkbench(page, linkedQueue.id);
  await page.getByTestId('claim-next').click();
  await nextCase(page, null);
  const rows = page.getByTestId('network-member-row');
  await expect.poll(() => rows.count()).toBe(2);
  expect((await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-account-id')))).sort()).toEqual(pair);
  expect(await page.getByTestId('network-action-form').count()).toBe(0);
  expect(await page.getByTestId(`network-member-${pair[0]}`).count()).toBe(0);
  expect(await page.getByRole('columnheader', { name: 'Include' }).count()).toBe(0);
  await page.getByTestId('release-case').click();
  await page.getByTestId('case-released').waitFor();

  await openWorkbench(page, loneQueue.id);
  await page.getByTestId('claim-next').click();
  await nextCase(page, null);
  await expect.poll(() => page.getByTestId('network-none').textContent()).toBe('No linked accounts.');
  expect(await rows.count()).toBe(0);
  await page.context().close();
});

it('moves the workbench on when the specialist ticks the held case’s own account too', async () => {
  const queue = await createTestQueue(server.app.orm.em.fork(), { domain: Domain.ACCOUNT });
  const run = randomUUID().slice(0, 8);
  const pair = [`net-${run}-one`, `net-${run}-two`] as const;
  const { ingestCases } = await admin.data(ingest, {
    input: { cases: [accountReport(queue.id, pair[0], { linkedAccountIds: [pair[1]] }), accountReport(queue.id, pair[1])] },
  });
  const page = await signInPage(browser, server.url, 'specialist@vigil.example');
  await openWorkbench(page, queue.id);
  await page.getByTestId('claim-next').click();
  await nextCase(page, null);
  await expect.poll(() => page.getByTestId('network-member-row').count()).toBe(2);
  for (const account of pair) await page.getByTestId(`network-member-${account}`).check();
  await page.getByTestId('network-policy-SPAM_AND_FAKE_ENGAGEMENT').check();
  await page.getByTestId('network-action-select').selectOption('BAN');
  await page.getByTestId('network-rationale').fill('both accounts run by one operator');
  await page.getByTestId('apply-network-action').click();

  await page.getByTestId('network-action-decided-case').waitFor();
  expect(await page.getByTestId('case-view').count()).toBe(0);
  await page.getByTestId('claim-next').waitFor();
  for (const result of ingestCases.results) expect((await outcomeOf(result.caseId)).status).toBe('RESOLVED');
  await page.context().close();
});
