import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, signInPage } from '../support/browser.ts';
import { createTestQueue, queryReport } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

type Client = ApiClient & { userId: string };

let server: TestServer;
let browser: Browser;
let manager: Client;
let qa: Client;
let evaluators: Client[];
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  const as = (name: string) => signedIn(server.url, `${name}@vigil.example`);
  [manager, qa, ...evaluators] = await Promise.all([as('manager'), as('qa'), as('evaluator'), as('evaluator2'), as('evaluator3')]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const runId = randomUUID().slice(0, 8);
const ingest = 'mutation ($input: IngestCasesInput!) { ingestCases(input: $input) { results { caseId } } }';
const claim = 'mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }';
const decide = 'mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }';
const markGolden = 'mutation ($input: MarkGoldenCaseInput!) { markGoldenCase(input: $input) { goldenCase { id } } }';
const sessionCases = 'query ($id: ID!) { calibrationSession(id: $id) { cases { id } } }';

/** Three fresh search-query cases; the first is S1, so it starts blurred. */
async function newCases(): Promise<string[]> {
  const queue = await createTestQueue(server.app.orm.em.fork());
  const reports = [
    queryReport(queue.id, `calibration-e2e-a-${runId}`, { severity: 'S1' }),
    queryReport(queue.id, `calibration-e2e-b-${runId}`, { severity: 'S3' }),
    queryReport(queue.id, `calibration-e2e-c-${runId}`, { severity: 'S3' }),
  ];
  const { ingestCases } = await manager.data(ingest, { input: { cases: reports } });
  return ingestCases.results.map((result: { caseId: string }) => result.caseId);
}

/** Labels every case of the open session from the participant's own screen. */
async function labelAll(page: Page, sessionId: string, caseIds: string[], plan: string[]): Promise<void> {
  await page.goto(`${server.url}/calibration/${sessionId}`);
  await page.getByTestId('calibration-case').first().waitFor();
  expect(await page.getByTestId('calibration-my-progress').textContent()).toBe('0 of 3');
  for (const [i, caseId] of caseIds.entries()) {
    const form = page.locator(`[data-testid="calibration-label-form"][data-case-id="${caseId}"]`);
    await form.getByTestId(`calibration-verdict-${plan[i]}`).check();
    if (plan[i] === 'VIOLATING') await form.locator('[data-code="SPAM_AND_FAKE_ENGAGEMENT"]').check();
    await form.getByTestId('calibration-label-submit').click();
    await form.getByTestId('calibration-label-saved').waitFor();
    await page.waitForFunction(
      ({ done }) => document.querySelector('[data-testid="calibration-my-progress"]')?.textContent === `${done} of 3`,
      { done: i + 1 },
    );
  }
}

describe('a calibration session in Chromium', () => {
  it('goes from creation by QA through three blind labellers to the results', async () => {
    const caseIds = await newCases();

    // QA starts the session from the calibration screen, pasting case and participant ids.
    const qaPage = await signInPage(browser, server.url, 'qa@vigil.example');
    await qaPage.getByTestId('nav-calibration').click();
    await qaPage.getByTestId('calibration-new').click();
    await qaPage.getByTestId('calibration-title').fill(`Search calibration ${runId}`);
    await qaPage.getByTestId('calibration-cases').fill(caseIds.join('\n'));
    await qaPage.getByTestId('calibration-participants').fill(evaluators.map((who) => who.userId).join(', '));
    await qaPage.getByTestId('calibration-create').click();
    await qaPage.waitForURL(/\/calibration\/[^/]+$/);
    const sessionId = new URL(qaPage.url()).pathname.split('/').pop()!;
    expect(await qaPage.getByTestId('calibration-status').getAttribute('data-status')).toBe('OPEN');
    expect(await qaPage.getByTestId('calibration-progress-row').count()).toBe(3);
    // QA oversees and does not label.
    expect(await qaPage.getByTestId('calibration-case').count()).toBe(0);

    // Each evaluator labels blind in their own context:
    //   case 1: V V V   case 2: N N N   case 3: V V N
    const V = 'VIOLATING';
    const N = 'NOT_VIOLATING';
    const plans = [
      [V, N, V],
      [V, N, V],
      [V, N, N],
    ];
    for (const [i, email] of ['evaluator', 'evaluator2', 'evaluator3'].entries()) {
      const page = await signInPage(browser, server.url, `${email}@vigil.example`);
      if (i === 0) {
        // The session is listed for its participants, and the S1 case starts blurred.
        await page.getByTestId('nav-calibration').click();
        await page.locator(`[data-testid="calibration-session-row"][data-id="${sessionId}"]`).waitFor();
        await page.goto(`${server.url}/calibration/${sessionId}`);
        const first = page.locator(`[data-testid="calibration-case"][data-case-id="${caseIds[0]}"]`);
        expect(await first.getByTestId('subject-blur').getAttribute('data-treatment')).toBe('blur');
        expect(await first.getByTestId('subject-blur').getAttribute('data-revealed')).toBe('false');
      }
      await labelAll(page, sessionId, caseIds, plans[i]!);
      await page.context().close();
    }

    // Case 3 turns out to have a known answer: evaluator3's (not violating), against the consensus.
    await qa.data(markGolden, {
      input: { caseId: caseIds[2], verdict: N, policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'placeholder known answer' },
    });

    // QA sees everyone finished, closes it, and reads the results.
    await qaPage.reload();
    await qaPage.getByTestId('calibration-close').waitFor();
    expect(await qaPage.getByTestId('calibration-label-count').textContent()).toContain('9 of 9');
    expect(await qaPage.locator('[data-testid="calibration-progress-row"][data-labelled="3"]').count()).toBe(3);
    await qaPage.getByTestId('calibration-close').click();
    await qaPage.getByTestId('calibration-results').waitFor();
    expect(await qaPage.getByTestId('calibration-status').getAttribute('data-status')).toBe('CLOSED');

    // Fleiss: P̄ = (1 + 1 + 1/3) / 3 = 7/9, Pe = (5/9)² + (4/9)² = 41/81, κ = 22/40 = 0.55.
    expect(Number(await qaPage.getByTestId('calibration-fleiss').getAttribute('data-value'))).toBeCloseTo(0.55, 6);
    expect(await qaPage.getByTestId('calibration-fleiss').textContent()).toBe('0.55');
    expect(await qaPage.getByTestId('calibration-fully-labelled').textContent()).toBe('3 of 3');

    // Cohen: evaluator and evaluator2 agree throughout (1); each with evaluator3: po 2/3, pe 4/9, κ = 0.4.
    const pairs = await qaPage.getByTestId('calibration-pair').evaluateAll((rows) =>
      rows.map((row) => ({ first: row.getAttribute('data-first'), second: row.getAttribute('data-second'), kappa: Number(row.getAttribute('data-kappa')), shown: row.lastElementChild?.textContent })),
    );
    expect(pairs).toHaveLength(3);
    const kappa = (a: string, b: string) => pairs.find((pair) => pair.first === `${a}@vigil.example` && pair.second === `${b}@vigil.example`);
    expect(kappa('evaluator', 'evaluator2')).toMatchObject({ shown: '1.00' });
    expect(kappa('evaluator', 'evaluator2')!.kappa).toBeCloseTo(1, 6);
    expect(kappa('evaluator', 'evaluator3')).toMatchObject({ shown: '0.40' });
    expect(kappa('evaluator', 'evaluator3')!.kappa).toBeCloseTo(0.4, 6);
    expect(kappa('evaluator2', 'evaluator3')!.kappa).toBeCloseTo(0.4, 6);

    // Agreement with the consensus (V, N, V): 100%, 100%, 67%. With the golden answer (case 3 only): 0%, 0%, 100%.
    const agreement = await qaPage.getByTestId('calibration-agreement-row').evaluateAll((rows) =>
      rows.map((row) => {
        const golden = row.querySelector('[data-testid="calibration-golden-agreement"]');
        return {
          email: row.getAttribute('data-email'),
          consensus: row.querySelector('[data-testid="calibration-consensus-agreement"]')?.textContent?.trim(),
          golden: golden?.getAttribute('data-value'),
          goldenShown: golden?.textContent?.trim(),
        };
      }),
    );
    expect(agreement).toEqual([
      { email: 'evaluator@vigil.example', consensus: '100%', golden: '0', goldenShown: '0%' },
      { email: 'evaluator2@vigil.example', consensus: '100%', golden: '0', goldenShown: '0%' },
      { email: 'evaluator3@vigil.example', consensus: '67%', golden: '1', goldenShown: '100%' },
    ]);

    // Per case, a spread chart with the consensus.
    const perCase = await qaPage.getByTestId('calibration-case-result').evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute('data-case-id'),
        consensus: item.getAttribute('data-consensus'),
        golden: item.querySelector('[data-testid="calibration-golden-verdict"]')?.textContent ?? null,
        bars: Object.fromEntries([...item.querySelectorAll('svg[data-testid="calibration-spread"] g')].map((g) => [g.getAttribute('data-verdict'), Number(g.getAttribute('data-count'))])),
      })),
    );
    expect(perCase).toEqual([
      { id: caseIds[0], consensus: V, golden: null, bars: { VIOLATING: 3, NOT_VIOLATING: 0, NEEDS_CONTEXT: 0 } },
      { id: caseIds[1], consensus: N, golden: null, bars: { VIOLATING: 0, NOT_VIOLATING: 3, NEEDS_CONTEXT: 0 } },
      { id: caseIds[2], consensus: V, golden: 'Not violating', bars: { VIOLATING: 2, NOT_VIOLATING: 1, NEEDS_CONTEXT: 0 } },
    ]);
    await qaPage.context().close();
  }, 120_000);

  it('lets QA pick cases from a queue and find participants across teams by email', async () => {
    // A fresh queue: two cases resolved by evaluator2 (who does not take part), then one left open.
    const queue = await createTestQueue(server.app.orm.em.fork());
    const resolvedReports = ['a', 'b'].map((key) => queryReport(queue.id, `calibration-pick-${key}-${runId}`, { severity: 'S3' }));
    const { ingestCases } = await manager.data(ingest, { input: { cases: resolvedReports } });
    const resolved: string[] = ingestCases.results.map((result: { caseId: string }) => result.caseId);
    const decider = evaluators[1]!;
    for (let decided = 0; decided < resolved.length; decided++) {
      const { claimNextCase } = await decider.data(claim, { queueId: queue.id });
      await decider.data(decide, {
        input: { caseId: claimNextCase.case.id, verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'placeholder', handleTimeMs: 1000, idempotencyKey: randomUUID() },
      });
    }
    const openText = `calibration-pick-open-${runId}`;
    const { ingestCases: later } = await manager.data(ingest, { input: { cases: [queryReport(queue.id, openText, { severity: 'S3' })] } });
    const openId: string = later.results[0].caseId;

    const qaPage = await signInPage(browser, server.url, 'qa@vigil.example');
    await qaPage.getByTestId('nav-calibration').click();
    await qaPage.getByTestId('calibration-new').click();
    await qaPage.getByTestId('calibration-title').fill(`Picked calibration ${runId}`);

    // The queue lists its resolved cases by default, as metadata only: never the query text.
    await qaPage.getByTestId('calibration-queue-select').selectOption(queue.id);
    const queueCase = (id: string) => qaPage.locator(`[data-testid="calibration-queue-case"][data-case-id="${id}"]`);
    await queueCase(resolved[0]!).waitFor();
    expect(await qaPage.getByTestId('calibration-queue-case').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-case-id')).sort())).toEqual([...resolved].sort());
    expect(await queueCase(resolved[0]!).getByTestId('severity-badge').textContent()).toContain('S3');
    expect(await qaPage.getByTestId('calibration-queue-cases').textContent()).not.toContain('calibration-pick-');
    await qaPage.getByTestId('calibration-queue-status').selectOption('OPEN');
    await queueCase(openId).waitFor();
    expect(await qaPage.getByTestId('calibration-queue-case').count()).toBe(1);
    await qaPage.getByTestId('calibration-queue-status').selectOption('RESOLVED');

    // Ticked in the reverse of the list's order: the chosen order is what the session keeps.
    const chosenOrder = [resolved[1]!, resolved[0]!];
    for (const id of chosenOrder) await queueCase(id).locator('input[type="checkbox"]').check();
    const chosenCases = () => qaPage.getByTestId('calibration-chosen-case').evaluateAll((items) => items.map((item) => item.getAttribute('data-case-id')));
    expect(await chosenCases()).toEqual(chosenOrder);
    // Unticking removes a case, the remove button too; ticking again puts it back at the end.
    await qaPage.locator(`[data-testid="calibration-chosen-case"][data-case-id="${resolved[1]}"]`).getByTestId('calibration-chosen-case-remove').click();
    expect(await chosenCases()).toEqual([resolved[0]]);
    expect(await queueCase(resolved[1]!).locator('input[type="checkbox"]').isChecked()).toBe(false);
    await queueCase(resolved[0]!).locator('input[type="checkbox"]').uncheck();
    expect(await chosenCases()).toEqual([]);
    for (const id of chosenOrder) await queueCase(id).locator('input[type="checkbox"]').check();
    expect(await chosenCases()).toEqual(chosenOrder);

    // People are found by part of their email, across teams; who cannot take part is left out.
    const search = qaPage.getByTestId('calibration-people-search');
    const result = (email: string) => qaPage.locator(`[data-testid="calibration-person-result"][data-email="${email}"]`);
    await search.fill('manager@');
    await qaPage.getByTestId('calibration-people-none').waitFor();
    for (const [typed, email] of [
      ['evaluator@', 'evaluator@vigil.example'],
      ['EVALUATOR3@', 'evaluator3@vigil.example'],
    ] as const) {
      await search.fill(typed);
      await result(email).getByTestId('calibration-person-add').click();
    }
    expect(await result('evaluator3@vigil.example').getByTestId('calibration-person-add').isDisabled()).toBe(true);
    const chips = await qaPage.getByTestId('calibration-chosen-person').evaluateAll((items) => items.map((item) => item.getAttribute('data-email')));
    expect(chips).toEqual(['evaluator@vigil.example', 'evaluator3@vigil.example']);

    await qaPage.getByTestId('calibration-create').click();
    await qaPage.waitForURL(/\/calibration\/[^/]+$/);
    const sessionId = new URL(qaPage.url()).pathname.split('/').pop()!;
    await qaPage.getByTestId('calibration-progress-row').first().waitFor();
    const shownPeople = await qaPage.getByTestId('calibration-progress-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-email')).sort());
    expect(shownPeople).toEqual(['evaluator3@vigil.example', 'evaluator@vigil.example']);
    const { calibrationSession } = await qa.data(sessionCases, { id: sessionId });
    expect(calibrationSession.cases.map((entry: { id: string }) => entry.id)).toEqual(chosenOrder);
    await qaPage.context().close();
  }, 120_000);
});
