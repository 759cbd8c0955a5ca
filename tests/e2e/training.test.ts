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
const certificationCode = `SEARCH_BASICS_${runId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
const scriptMarker = `training-script-placeholder-${runId}`;

/** Each question's options by text; the right ones are what a passing attempt ticks. */
const questions = [
  { prompt: `Placeholder question one ${runId}`, right: [`right-answer-1-${runId}`], wrong: [`wrong-answer-1-${runId}`, `wrong-answer-1b-${runId}`] },
  { prompt: `Placeholder question two ${runId}`, right: [`right-answer-2a-${runId}`, `right-answer-2b-${runId}`], wrong: [`wrong-answer-2-${runId}`] },
  { prompt: `Placeholder question three ${runId}`, right: [`right-answer-3-${runId}`], wrong: [`wrong-answer-3-${runId}`] },
];

const createProgram = 'mutation ($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { id } }';
const requireCertification =
  'mutation ($queueId: ID!, $code: String) { requireQueueCertification(queueId: $queueId, certificationCode: $code) { id requiredCertification } }';
const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { accepted results { caseId } } }';

/** A program granting the certification, and a fresh queue that needs it holding one case. */
async function setUp(): Promise<{ programId: string; queueId: string; caseId: string }> {
  const { createTrainingProgram } = await manager.data(createProgram, {
    input: {
      title: `Search basics ${runId}`,
      summary: 'Placeholder summary of the search policy basics.',
      passMark: 1,
      attemptLimit: 3,
      certificationCode,
      certificationValidDays: 90,
      modules: [
        {
          title: 'Placeholder module one',
          body: `# Reading prohibited-item queries\n\nPlaceholder policy text **one**.\n\n<script>alert('${scriptMarker}')</script>\n\n- placeholder point`,
        },
        { title: 'Placeholder module two', body: 'Placeholder policy text *two*, with [a link](https://example.org/placeholder).' },
      ],
      questions: questions.map((question) => ({
        kind: 'MULTIPLE_CHOICE',
        prompt: question.prompt,
        options: [...question.right.map((text) => ({ text, correct: true })), ...question.wrong.map((text) => ({ text, correct: false }))],
      })),
    },
  });
  const queue = await createTestQueue(server.app.orm.em.fork());
  const { ingestCases } = await manager.data(ingest, { input: { cases: [queryReport(queue.id, `prohibited-item-query-${runId}`, { severity: 'S3' })] } });
  expect(ingestCases.accepted).toBe(1);
  const { requireQueueCertification } = await manager.data(requireCertification, { queueId: queue.id, code: certificationCode });
  expect(requireQueueCertification.requiredCertification).toBe(certificationCode);
  return { programId: createTrainingProgram.id, queueId: queue.id, caseId: ingestCases.results[0].caseId };
}

/** Ticks options by their text: every attempt shuffles the questions and their options. */
async function tick(page: Page, texts: string[]): Promise<void> {
  for (const text of texts) await page.getByLabel(text, { exact: true }).check();
}

async function startAssessment(page: Page): Promise<void> {
  await page.getByTestId('start-assessment').click();
  await page.waitForURL(/\/training\/attempts\/[^/]+$/);
  await page.getByTestId('attempt-form').waitFor();
  expect(await page.getByTestId('question').count()).toBe(3);
}

describe('training in Chromium', () => {
  it('takes an uncertified evaluator from a refused claim through the training to a certified claim', async () => {
    const { programId, queueId, caseId } = await setUp();
    const page = await signInPage(browser, server.url, 'evaluator@vigil.example');
    page.setDefaultTimeout(15_000);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });

    // The queue list says what the queue needs; claiming without it names the certification.
    await page.getByTestId('nav-queues').click();
    const row = page.locator(`[data-testid="queue-row"][data-queue-id="${queueId}"]`);
    expect(await row.getByTestId('queue-certification').getAttribute('data-certified')).toBe('false');
    expect(await row.getByTestId('queue-certification').textContent()).toContain(certificationCode);
    await openWorkbench(page, queueId);
    await page.keyboard.press('n');
    const notice = page.getByTestId('not-certified');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(certificationCode);
    expect(await page.getByTestId('case-view').count()).toBe(0);

    // Its link leads to the catalogue with the granting program picked out.
    await page.getByTestId('not-certified-link').click();
    await page.waitForURL(/\/training\?certification=/);
    expect(await page.getByTestId('training-certification-needed').textContent()).toContain(`This queue needs ${certificationCode}`);
    const card = page.locator(`[data-testid="training-program"][data-id="${programId}"]`);
    expect(await card.getAttribute('data-highlighted')).toBe('true');
    expect(await card.getByTestId('training-status').getAttribute('data-status')).toBe('NOT_STARTED');
    expect(await card.getByTestId('program-certification').textContent()).toContain('90 days');

    // Both modules read; the script in the Markdown never reaches the page.
    await card.getByTestId('training-program-link').click();
    await page.waitForURL(new RegExp(`/training/${programId}$`));
    await page.getByTestId('module-title').waitFor();
    expect(await page.getByTestId('module-title').textContent()).toBe('Placeholder module one');
    expect(await page.getByTestId('module-body').locator('strong').textContent()).toBe('one');
    expect(await page.getByTestId('module-body').innerHTML()).not.toContain(scriptMarker);
    await page.getByTestId('module-next').click();
    await page.locator('[data-testid="module"][data-position="2"]').waitFor();
    expect(await page.getByTestId('module-body').locator('a').getAttribute('rel')).toContain('noopener');
    await page.getByTestId('module-previous').click();
    await page.locator('[data-testid="module"][data-position="1"]').waitFor();
    const scripted = await page.evaluate((marker) => [...document.querySelectorAll('script')].some((script) => script.textContent?.includes(marker)), scriptMarker);
    expect(scripted).toBe(false);
    expect(dialogs).toBe(0);

    // First attempt: every right option, plus one wrong one on the first question.
    await startAssessment(page);
    expect(await page.getByTestId('attempt-form').textContent()).toContain('Choose all that apply');
    await tick(page, [...questions.flatMap((question) => question.right), questions[0]!.wrong[0]!]);
    await page.getByTestId('submit-attempt').click();
    const results = page.getByTestId('attempt-results');
    await results.waitFor();
    expect(await results.getAttribute('data-passed')).toBe('false');
    expect(await page.getByTestId('attempt-outcome').textContent()).toBe('Failed');
    expect(await page.getByTestId('attempt-score').textContent()).toContain('2 of 3');
    expect(await page.getByTestId('attempts-left').textContent()).toContain('2 of 3');
    expect(await page.locator('[data-testid="result-question"][data-correct="false"]').count()).toBe(1);
    expect(await page.locator('[data-testid="result-question"][data-correct="false"]').textContent()).toContain(questions[0]!.prompt);
    const firstAttempt = page.url();

    // Second attempt, in its own order: exactly the right options.
    await page.getByTestId('try-again').click();
    await page.waitForURL((url) => url.href !== firstAttempt && /\/training\/attempts\//.test(url.pathname));
    await page.getByTestId('attempt-form').waitFor();
    await tick(page, questions.flatMap((question) => question.right));
    await page.getByTestId('submit-attempt').click();
    await page.getByTestId('attempt-results').waitFor();
    expect(await page.getByTestId('attempt-outcome').textContent()).toBe('Passed');
    expect(await page.getByTestId('attempt-score').textContent()).toContain('3 of 3');
    expect(await page.getByTestId('certification-granted').textContent()).toContain(certificationCode);
    const expiry = page.getByTestId('certification-granted-expiry');
    await expiry.waitFor();
    const expiresAt = Date.parse((await expiry.getAttribute('datetime'))!);
    expect(Math.abs(expiresAt - (Date.now() + 90 * 86_400_000))).toBeLessThan(10 * 60_000);
    expect(dialogs).toBe(0);

    // Back at the queue: certified, and N hands over the case.
    await page.getByTestId('results-queues-link').click();
    await page.waitForURL(/\/queues$/);
    await expect.poll(() => row.getByTestId('queue-certification').getAttribute('data-certified')).toBe('true');
    await row.getByTestId('queue-work').click();
    await page.waitForURL(/\/work\//);
    await page.getByTestId('claim-next').waitFor();
    await page.keyboard.press('n');
    expect(await nextCase(page, null)).toBe(caseId);

    // The profile lists the certification.
    await page.getByTestId('nav-profile').click();
    const held = page.locator(`[data-testid="certification"][data-code="${certificationCode}"]`);
    await held.waitFor();
    expect(await held.getByTestId('certification-expiry').textContent()).toContain('valid until');
    await page.context().close();
  }, 120_000);
});
