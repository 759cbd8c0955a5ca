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

/** A queue of the manager's team with one report about this query text, and its case id. */
async function queueWith(text: string, severity: string): Promise<{ queueId: string; caseId: string }> {
  const queue = await createTestQueue(server.app.orm.em.fork());
  const { ingestCases } = await manager.data(ingest, { input: { cases: [queryReport(queue.id, text, { severity })] } });
  expect(ingestCases.accepted).toBe(1);
  return { queueId: queue.id, caseId: ingestCases.results[0].caseId };
}

/** The escalation raised about a case, as a manager finds it on the desk. */
async function escalationOf(caseId: string): Promise<{ id: string; status: string; reason: string; tier: { code: string } }> {
  const { escalations } = await manager.data('{ escalations(first: 100) { edges { node { id status reason tier { code } case { id } } } } }');
  const found = escalations.edges.map((edge: any) => edge.node).find((node: any) => node.case.id === caseId);
  expect(found).toBeDefined();
  return found;
}

/** The unread badge on the inbox link: its count, or 0 when it is not shown. */
async function unreadBadge(page: Page): Promise<number> {
  // One read of the DOM: a count() then getAttribute() would wait 30 s for a badge that vanished in between.
  const count = await page.getByTestId('nav-inbox-count').evaluateAll((badges) => badges[0]?.getAttribute('data-count') ?? null);
  return count === null ? 0 : Number(count);
}

describe('escalating a case to a specialist in Chromium', () => {
  it('goes from the workbench to the specialist desk and back to the evaluator’s inbox, live', async () => {
    const { escalationTiers } = await manager.data('{ escalationTiers { code name } }');
    const policyTier = escalationTiers.find((tier: any) => tier.code === 'POLICY');
    const { queueId, caseId } = await queueWith(`escalation-query-${runId}`, 'S3');

    // The evaluator claims the case and escalates it from the keyboard.
    const evaluatorPage = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await openWorkbench(evaluatorPage, queueId);
    await evaluatorPage.keyboard.press('n');
    expect(await nextCase(evaluatorPage, null)).toBe(caseId);
    expect(await evaluatorPage.getByTestId('shortcuts').textContent()).toContain('Escalate to a specialist tier');
    await evaluatorPage.keyboard.press('e');
    await evaluatorPage.getByTestId('escalate-form').waitFor();
    await evaluatorPage.getByTestId('escalate-reason').selectOption('POLICY_UNCLEAR');
    await evaluatorPage.getByTestId('escalate-tier').selectOption('POLICY');
    await evaluatorPage.getByTestId('escalate-note').fill(`escalation-note-${runId}: unsure which policy area applies`);
    await evaluatorPage.keyboard.press('Control+Enter');
    const escalatedNotice = evaluatorPage.getByTestId('case-escalated');
    await escalatedNotice.waitFor();
    expect(await escalatedNotice.textContent()).toContain(`Escalated to ${policyTier.name}`);
    expect(await evaluatorPage.getByTestId('case-view').count()).toBe(0);
    expect(await unreadBadge(evaluatorPage)).toBe(0);

    const raised = await escalationOf(caseId);
    expect(raised).toMatchObject({ status: 'OPEN', reason: 'POLICY_UNCLEAR', tier: { code: 'POLICY' } });

    // The evaluator who raised it follows its thread.
    await evaluatorPage.goto(`${server.url}/escalations/${raised.id}`);
    await evaluatorPage.getByTestId('escalation-view').waitFor();
    expect(await evaluatorPage.getByTestId('escalation-note').textContent()).toContain(`escalation-note-${runId}`);
    // Only the specialist holding it answers: the evaluator sees no resolution form.
    expect(await evaluatorPage.getByTestId('decision-form').count()).toBe(0);

    // The specialist claims the next of the tier from the desk and lands on its thread.
    const specialistPage = await signInPage(browser, server.url, 'specialist@vigil.example');
    await specialistPage.getByTestId('nav-escalations').click();
    await specialistPage.locator(`[data-testid="escalation-row"][data-escalation-id="${raised.id}"]`).waitFor();
    await specialistPage.getByTestId('claim-escalation-POLICY').click();
    await specialistPage.waitForURL(new RegExp(`/escalations/${raised.id}$`));
    const specialistView = specialistPage.getByTestId('escalation-view');
    await expect.poll(() => specialistView.getAttribute('data-status')).toBe('CLAIMED');
    // The subject is shown as its severity says, as on the workbench: an S3 query is not obscured.
    expect(await specialistPage.getByTestId('subject-blur').getAttribute('data-revealed')).toBe('true');

    // A message posted by the specialist appears in the evaluator's open thread without a reload.
    const question = `escalation-question-${runId}: which market is this query from?`;
    await specialistPage.getByTestId('thread-message-input').fill(question);
    await specialistPage.getByTestId('thread-post').click();
    await expect.poll(() => specialistPage.getByTestId('thread-messages').textContent()).toContain(question);
    await expect.poll(() => evaluatorPage.getByTestId('thread-messages').textContent(), { timeout: 5000 }).toContain(question);

    // The specialist resolves it and confirms escalating was right.
    await specialistPage.getByTestId('verdict-NOT_VIOLATING').check();
    await specialistPage.getByTestId('rationale').fill(`escalation-answer-${runId}: benign product query`);
    await specialistPage.getByTestId('needed-escalation').check();
    await specialistPage.getByTestId('submit-decision').click();
    await specialistPage.getByTestId('escalation-resolved').waitFor();
    await expect.poll(() => specialistView.getAttribute('data-status')).toBe('RESOLVED');

    // The evaluator's badge counts the answer live; the inbox shows it, and reading it clears the badge.
    await expect.poll(() => unreadBadge(evaluatorPage), { timeout: 5000 }).toBe(1);
    await evaluatorPage.getByTestId('nav-inbox').click();
    const notification = evaluatorPage.getByTestId('notification').first();
    await notification.waitFor();
    expect(await notification.getAttribute('data-unread')).toBe('true');
    expect(await notification.getByTestId('notification-text').textContent()).toContain('A specialist answered your escalation');
    await notification.getByTestId('notification-mark-read').click();
    await expect.poll(() => unreadBadge(evaluatorPage)).toBe(0);
    await expect.poll(() => notification.getAttribute('data-unread')).toBe('false');
    await notification.getByTestId('notification-open').click();
    await evaluatorPage.waitForURL(new RegExp(`/escalations/${raised.id}$`));
    expect(await evaluatorPage.getByTestId('resolution-verdict').textContent()).toBe('Not violating');

    const { case: resolved } = await manager.data('query ($id: ID!) { case(id: $id) { status decisions { kind verdict decidedBy { email } } } }', { id: caseId });
    expect(resolved).toEqual({
      status: 'RESOLVED',
      decisions: [{ kind: 'ESCALATION_RESOLUTION', verdict: 'NOT_VIOLATING', decidedBy: { email: 'specialist@vigil.example' } }],
    });
    const { escalation } = await manager.data('query ($id: ID!) { escalation(id: $id) { status neededEscalation messages { body } } }', { id: raised.id });
    expect(escalation).toEqual({ status: 'RESOLVED', neededEscalation: true, messages: [{ body: question }] });
    await evaluatorPage.context().close();
    await specialistPage.context().close();
  });

  it('sends a case to a named specialist, and the open desk shows it without a refresh', async () => {
    const { queueId, caseId } = await queueWith(`escalation-query-named-${runId}`, 'S3');
    const specialistPage = await signInPage(browser, server.url, 'specialist@vigil.example');
    await specialistPage.getByTestId('nav-escalations').click();
    await specialistPage.getByTestId('claim-escalation-TIER_2').waitFor();

    const page = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await openWorkbench(page, queueId);
    await page.keyboard.press('n');
    expect(await nextCase(page, null)).toBe(caseId);
    await page.keyboard.press('e');
    await page.getByTestId('escalate-reason').selectOption('PUBLIC_INTEREST_OR_HIGH_PROFILE');
    await page.getByTestId('escalate-tier').selectOption('TIER_2');
    await page.getByTestId('escalate-specialist').selectOption({ label: 'Sam Specialist only' });
    await page.getByTestId('escalate-note').fill(`escalation-note-named-${runId}`);
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('case-escalated').waitFor();

    const raised = await escalationOf(caseId);
    const { escalation } = await manager.data('query ($id: ID!) { escalation(id: $id) { specialist { email } } }', { id: raised.id });
    expect(escalation.specialist.email).toBe('specialist@vigil.example');
    // The desk was open before the escalation existed; the row arrives live.
    await specialistPage.locator(`[data-testid="escalation-row"][data-escalation-id="${raised.id}"]`).waitFor({ timeout: 5000 });
    await page.context().close();
    await specialistPage.context().close();
  });

  it('answers a refused decision on an S0 case with the escalate form, set to critical severity', async () => {
    const { queueId, caseId } = await queueWith(`escalation-query-critical-${runId}`, 'S0');
    const page = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await openWorkbench(page, queueId);
    await page.keyboard.press('n');
    expect(await nextCase(page, null)).toBe(caseId);
    await page.keyboard.press('2');
    await page.keyboard.press('Control+Enter');

    await page.getByTestId('escalation-required').waitFor();
    await page.getByTestId('escalate-form').waitFor();
    expect(await page.getByTestId('escalate-reason').inputValue()).toBe('CRITICAL_SEVERITY');
    expect(await page.getByTestId('escalate-tier').inputValue()).toBe('TIER_2');
    // The note is required: sending without one says so and keeps the case.
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('escalate-error').waitFor();
    expect(await page.getByTestId('case-view').getAttribute('data-case-id')).toBe(caseId);

    await page.getByTestId('escalate-note').fill(`escalation-note-critical-${runId}`);
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('case-escalated').waitFor();
    expect(await escalationOf(caseId)).toMatchObject({ status: 'OPEN', reason: 'CRITICAL_SEVERITY', tier: { code: 'TIER_2' } });

    // N claims the next as always: the queue is empty now.
    await page.keyboard.press('n');
    await page.getByTestId('queue-empty').waitFor();
    await page.context().close();
  });
});
