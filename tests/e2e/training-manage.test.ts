import { randomUUID } from 'node:crypto';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, signInPage } from '../support/browser.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;
let manager: ApiClient;
let evaluator: ApiClient;
let evaluator2: ApiClient;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  [manager, evaluator, evaluator2] = await Promise.all([
    signedIn(server.url, 'manager@vigil.example'),
    signedIn(server.url, 'evaluator@vigil.example'),
    signedIn(server.url, 'evaluator2@vigil.example'),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const runId = randomUUID().slice(0, 8);
const start = 'mutation ($id: ID!) { startTrainingAttempt(programId: $id) { id questions { id prompt options { id text } } } }';
const submit = 'mutation ($input: SubmitTrainingAttemptInput!) { submitTrainingAttempt(input: $input) { score passed } }';

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Fills a multiple-choice question's prompt and options; `right` lists the options to tick. */
async function writeQuestion(question: Locator, prompt: string, options: string[], right: string[]): Promise<void> {
  await question.getByTestId('question-prompt').fill(prompt);
  while ((await question.getByTestId('option').count()) < options.length) await question.getByTestId('add-option').click();
  for (const [i, option] of options.entries()) {
    const row = question.getByTestId('option').nth(i);
    await row.getByTestId('option-text').fill(option);
    await row.getByTestId('option-correct').setChecked(right.includes(option));
  }
}

describe('managing training in Chromium', () => {
  it('writes a certifying program, assigns it to the team, follows a pass on the board and requires the certification on a queue', async () => {
    const title = `search-basics-${runId}`;
    const certification = `SEARCH_BASICS_${runId.toUpperCase()}`;
    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await page.goto(`${server.url}/training/manage`);

    // The program: two modules, two multiple-choice questions, a certification for a year.
    await page.getByTestId('new-program').click();
    const editor = page.getByTestId('program-editor');
    await editor.getByTestId('program-title').fill(title);
    await editor.getByTestId('program-summary').fill('placeholder summary of the search basics');
    await editor.getByTestId('program-pass-mark').fill('100');
    await editor.getByTestId('program-certifies').check();
    await editor.getByTestId('program-certification-code').fill(certification);
    await editor.getByTestId('program-certification-days').fill('365');
    await editor.getByTestId('module').nth(0).getByTestId('module-title').fill('placeholder module one');
    await editor.getByTestId('module').nth(0).getByTestId('module-body').fill('# Placeholder\n\nSome **policy** material.');
    await editor.getByTestId('add-module').click();
    await editor.getByTestId('module').nth(1).getByTestId('module-title').fill('placeholder module two');
    await editor.getByTestId('module').nth(1).getByTestId('module-body').fill('- placeholder point one\n- placeholder point two');
    await editor.getByTestId('add-choice-question').click();
    await editor.getByTestId('add-choice-question').click();
    await writeQuestion(editor.getByTestId('question').nth(0), 'placeholder question one', ['q1-right', 'q1-wrong-a', 'q1-wrong-b'], ['q1-right']);
    // The second question has no right option yet: the server names the questions.
    await writeQuestion(editor.getByTestId('question').nth(1), 'placeholder question two', ['q2-right', 'q2-wrong'], []);
    await editor.getByTestId('program-save').click();
    const error = editor.locator('[data-testid="program-error"][data-field="questions"]');
    await error.waitFor();
    expect(await text(error)).toBe('Question 2 needs at least one right option.');

    await editor.getByTestId('question').nth(1).getByTestId('option').nth(0).getByTestId('option-correct').check();
    await editor.getByTestId('program-save').click();
    await page.getByTestId('program-saved').waitFor();
    expect(await editor.count()).toBe(0);
    const programRow = page.getByTestId('program-row').filter({ has: page.getByTestId('program-row-title').getByText(title, { exact: true }) });
    await programRow.waitFor();
    const programId = (await programRow.getAttribute('data-program-id'))!;
    expect(await text(programRow.getByTestId('program-row-certification'))).toBe(`${certification} · 365 days`);

    // Assigned to the whole team (its two evaluators), due in two weeks.
    const assign = page.getByTestId('assign-form');
    await assign.getByTestId('assign-program').selectOption(programId);
    await assign.getByTestId('assign-team').check();
    const due = new Date(Date.now() + 14 * 86_400_000);
    const dueDate = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
    await assign.getByTestId('assign-due').fill(dueDate);
    await assign.getByTestId('assign-submit').click();
    await assign.getByTestId('assign-result').waitFor();
    expect(await assign.getByTestId('assign-result').getAttribute('data-count')).toBe('2');

    // The board, narrowed to the program, shows both evaluators assigned and not started.
    const board = page.getByTestId('progress-board');
    await board.getByTestId('progress-program').selectOption(programId);
    const rowOf = (email: string) => board.locator(`[data-testid="progress-row"][data-email="${email}"][data-program-id="${programId}"]`);
    for (const email of ['evaluator@vigil.example', 'evaluator2@vigil.example']) {
      await rowOf(email).waitFor();
      expect(await text(rowOf(email).getByTestId('progress-status'))).toBe('Not started');
      expect(await rowOf(email).getByTestId('progress-due').locator('time').getAttribute('datetime')).toBe(new Date(`${dueDate}T23:59:59`).toISOString());
      expect(await text(rowOf(email).getByTestId('progress-attempts'))).toBe('0 / 3');
    }

    // evaluator2@ passes through the API, choosing the right options by their text.
    const { startTrainingAttempt: attempt } = await evaluator2.data(start, { id: programId });
    const answers = attempt.questions.map((question: { id: string; options: { id: string; text: string }[] }) => ({
      questionId: question.id,
      optionIds: question.options.filter((option) => option.text.endsWith('-right')).map((option) => option.id),
    }));
    expect((await evaluator2.data(submit, { input: { attemptId: attempt.id, answers } })).submitTrainingAttempt).toEqual({ score: 1, passed: true });

    await board.getByTestId('progress-refresh').click();
    await expect.poll(() => rowOf('evaluator2@vigil.example').getAttribute('data-status')).toBe('PASSED');
    expect(await text(rowOf('evaluator2@vigil.example').getByTestId('progress-status'))).toBe('Passed');
    expect(await text(rowOf('evaluator2@vigil.example').getByTestId('progress-best'))).toBe('100%');
    expect(await text(rowOf('evaluator@vigil.example').getByTestId('progress-status'))).toBe('Not started');

    // A fresh queue of the manager's team now requires the certification.
    const queue = await createTestQueue(server.app.orm.em.fork());
    await manager.data('mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }', {
      input: { cases: [queryReport(queue.id, `prohibited-item-query-${runId}`)] },
    });
    await page.reload();
    const queueRow = page.locator(`[data-testid="queue-certification-row"][data-queue-id="${queue.id}"]`);
    await queueRow.waitFor();
    expect(await text(queueRow.getByTestId('queue-certification-current'))).toBe('no certification needed');
    await queueRow.getByTestId('queue-certification-code').fill(certification);
    await queueRow.getByTestId('queue-certification-save').click();
    await expect.poll(() => queueRow.getAttribute('data-required')).toBe(certification);
    expect(await text(queueRow.getByTestId('queue-certification-current'))).toBe(`requires ${certification}`);

    const { queue: stored } = await manager.data('query ($id: ID!) { queue(id: $id) { requiredCertification } }', { id: queue.id });
    expect(stored.requiredCertification).toBe(certification);
    // evaluator@ has not passed, so the queue refuses them.
    const refused = await evaluator.request('mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }', { queueId: queue.id });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'NOT_CERTIFIED', certification });
    await page.context().close();
  }, 120_000);
});
