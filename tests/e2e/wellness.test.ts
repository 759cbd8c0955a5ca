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
let teamId: string;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  manager = await signedIn(server.url, 'manager@vigil.example');
  teamId = (await manager.data('{ me { team { id } } }')).me.team.id;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const runId = randomUUID().slice(0, 8);
const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted results { caseId } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id policyCode } } }';
const myWellness = '{ myWellness { blurPx greyscale severeCap steppedAway } }';

/** A queue of the manager's team holding these reports, and the ids of their cases. */
async function queueWith(reports: { text: string; extra?: Record<string, unknown> }[]): Promise<{ queueId: string; caseIds: string[] }> {
  const queue = await createTestQueue(server.app.orm.em.fork());
  const cases = reports.map((report) => queryReport(queue.id, `${report.text}-${runId}`, report.extra));
  const { ingestCases } = await manager.data(ingest, { input: { cases } });
  expect(ingestCases.accepted).toBe(reports.length);
  return { queueId: queue.id, caseIds: ingestCases.results.map((result: { caseId: string }) => result.caseId) };
}

describe('wellness in Chromium', () => {
  it("skips the policy area an evaluator stepped away from on the workbench, for the rest of their day", async () => {
    // No severity given: each case takes its policy's, so hate speech (S1) comes before spam (S3).
    const { queueId, caseIds } = await queueWith([
      { text: 'step-away-hate', extra: { policyCode: 'HATE_SPEECH' } },
      { text: 'step-away-spam', extra: { policyCode: 'SPAM_AND_FAKE_ENGAGEMENT' } },
    ]);
    const [hateCase, spamCase] = caseIds as [string, string];
    const evaluator = await signedIn(server.url, 'evaluator2@vigil.example');
    const page = await signInPage(browser, server.url, 'evaluator2@vigil.example');
    await openWorkbench(page, queueId);
    expect(await page.getByTestId('shortcuts').textContent()).toContain("Step away from the case's policy area for today");
    expect(await page.getByTestId('stepped-away-list').count()).toBe(0);

    await page.keyboard.press('n');
    expect(await nextCase(page, null)).toBe(hateCase);
    expect(await page.getByTestId('case-view').getAttribute('data-severity')).toBe('S1');

    // W only asks; Escape answers "keep working" and leaves the case held.
    await page.keyboard.press('w');
    const confirm = page.getByTestId('step-away-confirm');
    await confirm.waitFor();
    expect(await page.getByTestId('case-view').textContent()).toContain('Step away from Hate speech until the end of today?');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await page.getByTestId('case-view').getAttribute('data-case-id')).toBe(hateCase);
    expect((await evaluator.data(myWellness)).myWellness.steppedAway).toEqual([]);

    await page.getByTestId('step-away').click();
    await confirm.click();
    await page.getByTestId('stepped-away').waitFor();
    expect(await page.getByTestId('case-view').count()).toBe(0);
    await expect.poll(() => page.getByTestId('stepped-away-list').textContent()).toContain('Hate speech');

    await page.keyboard.press('n');
    expect(await nextCase(page, hateCase)).toBe(spamCase);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    await page.getByTestId('queue-empty').waitFor();
    await page.context().close();

    expect((await evaluator.data(myWellness)).myWellness.steppedAway).toEqual(['HATE_SPEECH']);
    // The hate-speech case went back to the queue for colleagues who did not step away.
    const colleague = await signedIn(server.url, 'qa@vigil.example');
    expect((await colleague.data(claim, { queueId })).claimNextCase.case).toEqual({ id: hateCase, policyCode: 'HATE_SPEECH' });
  });

  it("refuses a blur below the team's floor in the profile panel and keeps a stricter one", async () => {
    const analyst = await signedIn(server.url, 'qa@vigil.example');
    const page = await signInPage(browser, server.url, 'qa@vigil.example');
    await page.getByTestId('nav-profile').click();
    await page.waitForURL(/\/profile/);
    const blur = page.getByTestId('wellness-blur');
    const error = page.getByTestId('wellness-error');
    // No team settings seeded: the floor is the default 12px, greyscale on.
    await expect.poll(() => blur.inputValue()).toBe('12');
    expect(await page.getByTestId('wellness-greyscale').isChecked()).toBe(true);
    expect(await page.getByTestId('wellness-severe-today').textContent()).toMatch(/^\d+$/);

    await blur.fill('4');
    await page.getByTestId('wellness-save').click();
    await error.waitFor();
    expect(await error.getAttribute('data-field')).toBe('blurPx');
    expect(await error.textContent()).toContain('Your team blurs at least 12px');
    expect(await blur.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('wellness-saved').count()).toBe(0);
    expect((await analyst.data(myWellness)).myWellness.blurPx).toBe(12);

    await blur.fill('12');
    await page.getByTestId('wellness-greyscale').uncheck();
    await page.getByTestId('wellness-save').click();
    await expect.poll(() => error.getAttribute('data-field')).toBe('greyscale');
    expect(await error.textContent()).toContain('Your team shows sensitive media in greyscale');
    expect((await analyst.data(myWellness)).myWellness.greyscale).toBe(true);

    await page.getByTestId('wellness-greyscale').check();
    await blur.fill('20');
    await page.getByTestId('wellness-save').click();
    await page.getByTestId('wellness-saved').waitFor();
    expect(await error.count()).toBe(0);
    expect((await analyst.data(myWellness)).myWellness.blurPx).toBe(20);

    await page.reload();
    await expect.poll(() => page.getByTestId('wellness-blur').inputValue()).toBe('20');
    await page.context().close();
  });

  // Last: it changes the team's cap for everyone on this test database.
  it("shows a manager the team's totals on the board, never a person's, and changes the cap", async () => {
    const { queueId } = await queueWith([{ text: 'board-severe', extra: { severity: 'S0' } }]);
    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    const held = (await evaluator.data(claim, { queueId })).claimNextCase.case;
    await evaluator.data('mutation ($id: ID!) { recordReveal(caseId: $id) { wellness { reveals } } }', { id: held.id });
    const { teamWellness: expected } = await manager.data(
      'query ($teamId: ID!) { teamWellness(teamId: $teamId) { members severeTotal reveals onBreakNow steppedAwayCount } }',
      { teamId },
    );
    expect(expected.severeTotal).toBeGreaterThanOrEqual(1);

    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await page.getByTestId('nav-board').click();
    await page.waitForURL(/\/board/);
    const panel = page.getByTestId('team-wellness');
    await expect.poll(() => panel.getByTestId('team-wellness-severe').textContent()).toBe(String(expected.severeTotal));
    expect(await panel.getByTestId('team-wellness-members').textContent()).toBe(String(expected.members));
    expect(await panel.getByTestId('team-wellness-reveals').textContent()).toBe(String(expected.reveals));
    expect(await panel.getByTestId('team-wellness-on-break').textContent()).toBe(String(expected.onBreakNow));
    expect(await panel.getByTestId('team-wellness-stepped-away').textContent()).toBe(String(expected.steppedAwayCount));
    // Above the queue cards, and about the team as a whole.
    const [panelBox, cardBox] = [await panel.boundingBox(), await page.getByTestId('board-queue').first().boundingBox()];
    expect(panelBox!.y).toBeLessThan(cardBox!.y);
    const text = (await panel.textContent()) ?? '';
    for (const person of ['Eve Evaluator', 'Eli Evaluator', 'Quinn Analyst', 'evaluator@vigil.example']) expect(text).not.toContain(person);

    // The settings in force are shown: the demo team has the defaults.
    expect(await panel.getByTestId('team-cap').inputValue()).toBe('40');
    expect(await panel.getByTestId('team-break-minutes').inputValue()).toBe('15');

    await panel.getByTestId('team-cap').fill('0');
    await panel.getByTestId('team-wellness-save').click();
    await panel.getByTestId('team-wellness-error').waitFor();
    expect(await panel.getByTestId('team-wellness-error').getAttribute('data-field')).toBe('dailySevereCap');

    await panel.getByTestId('team-cap').fill('25');
    await panel.getByTestId('team-break-minutes').fill('20');
    await panel.getByTestId('team-wellness-save').click();
    await panel.getByTestId('team-wellness-saved').waitFor();
    expect(await panel.getByTestId('team-wellness-saved').textContent()).toContain('25 severe cases between breaks, 20-minute breaks');
    expect((await evaluator.data(myWellness)).myWellness.severeCap).toBe(25);
    await page.reload();
    await expect.poll(() => page.getByTestId('team-cap').inputValue()).toBe('25');
    await page.context().close();
  });
});
