import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../server/src/quality/estimate.ts';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, nextCase, signInPage } from '../support/browser.ts';
import { createEvaluators } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * An evaluation project end to end in Chromium: a stakeholder asks for an A/B measurement and
 * uploads its population as CSV; the team's manager draws a seeded sample; an evaluator labels in
 * the workbench without seeing the arms (the rest is labelled through the API, to keep this fast);
 * the manager closes and publishes; the stakeholder reads each arm's estimate with its interval,
 * the difference, the method, and downloads the labels.
 */
let server: TestServer;
let browser: Browser;
let db: pg.Client;
let manager: ApiClient;
let labellers: ApiClient[];

const runId = randomUUID().slice(0, 6);
// Strings that appear nowhere but in the request, so finding them on the workbench would be a leak.
const armLabels = [`ranker-alpha-${runId}`, `ranker-beta-${runId}`] as const;
const title = `Spam in top results ${runId}`;
const seed = 20_250;
// Per arm: at least the 20 labels an estimate needs before it is stated (below, "too few to tell").
const perArm = 24;

let stakeholder: Page;
let managerPage: Page;
let projectId: string;
let queueHref: string;

/** A 60-item population: q-0…q-29 in arm A, q-30…q-59 in arm B, with a `surface` attribute. */
const populationCsv = [
  'external_id,kind,locale,weight,arm,query,results,surface',
  ...Array.from({ length: 60 }, (_, i) => `q-${i},SEARCH_QUERY,es-ES,1,${i < 30 ? 'A' : 'B'},prohibited-item-query-${i},result one|result two,${i % 2 ? 'top10' : 'typeahead'}`),
].join('\n');

const number = (externalId: string) => Number(externalId.split('-').pop());
/** The labels this test gives: arm-B items with an odd number are violating, everything else not. */
const isViolating = (item: { externalId: string; arm: string }) => item.arm === 'B' && number(item.externalId) % 2 === 1;
const violating = { verdict: 'VIOLATING', policyCodes: ['SPAM_AND_FAKE_ENGAGEMENT'], action: { type: 'BLOCK_RESULTS' }, rationale: 'spam results', handleTimeMs: 1000 };
const benign = { verdict: 'NOT_VIOLATING', policyCodes: [], action: { type: 'NO_ACTION' }, rationale: 'fine', handleTimeMs: 1000 };

/** Each sampled case's item, from the database. */
async function sampledItems(): Promise<Map<string, { externalId: string; arm: string }>> {
  const { rows } = await db.query('select s.case_id, i.external_id, i.arm from project_sample s join project_item i on i.id = s.item_id where s.project_id = $1', [projectId]);
  return new Map(rows.map((row) => [row.case_id as string, { externalId: row.external_id as string, arm: row.arm as string }]));
}

/** A percentage as the page states it: to a tenth, without a trailing ".0". */
const percent = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1).replace(/\.0$/, '')} %`;

beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  manager = await signedIn(server.url, 'manager@vigil.example');
  labellers = await Promise.all((await createEvaluators(server.app.orm.em.fork(), 2)).map((email) => signedIn(server.url, email)));
});

afterAll(async () => {
  await browser?.close();
  await db?.end();
  await server?.stop();
});

describe('an evaluation project in Chromium', () => {
  it('is requested by a stakeholder, who uploads its population as CSV', async () => {
    stakeholder = await signInPage(browser, server.url, 'stakeholder@vigil.example');
    await stakeholder.getByTestId('nav-projects').click();
    await stakeholder.waitForURL(/\/projects$/);

    await stakeholder.getByTestId('request-title').fill(title);
    await stakeholder.getByTestId('request-requesting-team').fill('Search Ranking');
    await stakeholder.getByTestId('request-team').selectOption({ label: 'Search Safety EMEA' });
    await stakeholder.getByTestId('request-question').fill('What share of top-10 impressions show spam, under each ranker?');
    await stakeholder.getByTestId('request-guideline').fill('# Label\nSpam is **violating**.');
    await stakeholder.getByTestId('request-domain').selectOption('SEARCH');
    await stakeholder.getByTestId('request-policy-SPAM_AND_FAKE_ENGAGEMENT').check();
    await stakeholder.getByTestId('request-target').fill('10');
    await stakeholder.getByTestId('request-prior').fill('20');
    await stakeholder.getByTestId('request-comparison').selectOption('ARMS');
    await stakeholder.getByTestId('request-arm-a').fill(armLabels[0]);
    await stakeholder.getByTestId('request-arm-b').fill(armLabels[1]);
    await stakeholder.getByTestId('request-submit').click();

    await stakeholder.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectId = new URL(stakeholder.url()).pathname.split('/').pop()!;
    await stakeholder.locator('[data-testid="project-status"][data-status="REQUESTED"]').waitFor();
    expect(await stakeholder.getByTestId('project-target').textContent()).toBe('±10 pp at 95 %');
    expect(await stakeholder.getByTestId('project-policies').textContent()).toBe('SPAM_AND_FAKE_ENGAGEMENT');
    expect(await stakeholder.getByTestId('project-comparison').textContent()).toContain(`A “${armLabels[0]}”, B “${armLabels[1]}”`);
    // The guideline is the server's sanitised rendering of the Markdown.
    expect(await stakeholder.getByTestId('project-guideline').locator('strong').textContent()).toBe('violating');
    expect(await stakeholder.getByTestId('population-items').getAttribute('data-count')).toBe('0');

    await stakeholder.getByTestId('population-file').setInputFiles({ name: 'population.csv', mimeType: 'text/csv', buffer: Buffer.from(populationCsv) });
    await stakeholder.getByTestId('upload-population').click();
    const result = stakeholder.getByTestId('upload-result');
    await expect.poll(() => result.textContent()).toContain('60 new, 0 already present. The population now has 60 items.');
    await expect.poll(() => stakeholder.getByTestId('population-items').getAttribute('data-count')).toBe('60');
    expect(await stakeholder.getByTestId('population-attributes').textContent()).toBe('locale, surface');
    // The stakeholder runs nothing: no design form.
    expect(await stakeholder.getByTestId('design-form').count()).toBe(0);
  });

  it('is drawn by the manager from a fixed seed, who hands its queue to the evaluators', async () => {
    managerPage = await signInPage(browser, server.url, 'manager@vigil.example');
    await managerPage.getByTestId('nav-projects').click();
    await managerPage.locator(`[data-testid="project-item"][data-id="${projectId}"] a`).click();
    await managerPage.waitForURL(new RegExp(`/projects/${projectId}$`));

    // ±10 pp at a prior of 20 %: n0 = 1.959964² × 0.2 × 0.8 / 0.1² = 61.46; with 30 units per arm, 61.46 / (1 + 60.46 / 30) = 20.4 → 21.
    await expect.poll(() => managerPage.getByTestId('design-proposal').textContent()).toContain('Proposed: 21 per arm (design effect 1.00)');
    await managerPage.getByTestId('design-kind').selectOption('SIMPLE_RANDOM');
    await managerPage.getByTestId('design-size').fill(String(perArm));
    await managerPage.getByTestId('design-seed').fill(String(seed));
    await managerPage.getByTestId('design-double-review').fill('0');
    expect(await managerPage.getByTestId('design-enforces').isChecked()).toBe(false);
    await managerPage.getByTestId('draw-sample').click();

    await managerPage.locator('[data-testid="project-status"][data-status="LABELLING"]').waitFor();
    expect(await managerPage.getByTestId('design-size-drawn').getAttribute('data-size')).toBe(String(perArm));
    expect(await managerPage.getByTestId('design-seed-drawn').textContent()).toBe(String(seed));
    const strata = await managerPage.getByTestId('design-strata-table').locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim())));
    expect(strata).toEqual([
      [`${armLabels[0]} (A)`, 'arm=A', '30', '30', String(perArm)],
      [`${armLabels[1]} (B)`, 'arm=B', '30', '30', String(perArm)],
    ]);
    expect((await sampledItems()).size).toBe(2 * perArm);
    // The manager reads the estimates live while labelling goes on.
    await managerPage.locator('[data-testid="results-state"][data-state="live"]').waitFor();
    expect(await managerPage.getByTestId('results-labelled').textContent()).toBe('0');

    queueHref = (await managerPage.getByTestId('project-queue-link').getAttribute('href'))!;
    expect(queueHref).toMatch(/^\/work\/[0-9a-f-]{36}$/);
  });

  it('is labelled blind: the evaluator’s workbench never shows the arms', async () => {
    const items = await sampledItems();
    const evaluator = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await evaluator.goto(`${server.url}${queueHref}`);
    await evaluator.getByTestId('claim-next').click();
    const caseId = await nextCase(evaluator, null);
    const item = items.get(caseId)!;
    expect(item).toBeDefined();

    const html = await evaluator.content();
    for (const label of armLabels) expect(html).not.toContain(label);
    // The evaluator labels by the project's guideline, which says what counts.
    expect(await evaluator.getByTestId('project-guideline').innerText()).toContain('SPAM_AND_FAKE_ENGAGEMENT');
    expect(await evaluator.getByTestId('case-view').innerText()).toContain(`prohibited-item-query-${number(item.externalId)}`);

    if (isViolating(item)) {
      await evaluator.getByTestId('verdict-VIOLATING').check();
      await evaluator.getByTestId('policy-SPAM_AND_FAKE_ENGAGEMENT').check();
      await evaluator.getByTestId('action-select').selectOption('BLOCK_RESULTS');
    } else {
      await evaluator.getByTestId('verdict-NOT_VIOLATING').check();
    }
    await evaluator.getByTestId('rationale').fill('Labelled in the workbench.');
    await evaluator.getByTestId('submit-decision').click();
    // Submit claims the next case at once; it goes back to the queue for the others.
    await nextCase(evaluator, caseId);
    for (const label of armLabels) expect(await evaluator.content()).not.toContain(label);
    await evaluator.getByTestId('release-case').click();
    await evaluator.getByTestId('claim-next').waitFor();
    await evaluator.context().close();

    const { case: decided } = await manager.data('query ($id: ID!) { case(id: $id) { decisions { verdict policyCodes rationale } } }', { id: caseId });
    expect(decided.decisions).toEqual([{ verdict: isViolating(item) ? 'VIOLATING' : 'NOT_VIOLATING', policyCodes: isViolating(item) ? ['SPAM_AND_FAKE_ENGAGEMENT'] : [], rationale: 'Labelled in the workbench.' }]);

    // The other labellers work the queue dry through the API.
    const queueId = queueHref.split('/').pop()!;
    await Promise.all(
      labellers.map(async (labeller) => {
        for (;;) {
          const { claimNextCase } = await labeller.data('mutation ($queueId: ID!) { claimNextCase(queueId: $queueId) { case { id } } }', { queueId });
          if (!claimNextCase.case) return;
          const claimed = items.get(claimNextCase.case.id)!;
          await labeller.data('mutation ($input: DecideCaseInput!) { decideCase(input: $input) { decision { id } } }', {
            input: { caseId: claimNextCase.case.id, ...(isViolating(claimed) ? violating : benign), idempotencyKey: randomUUID() },
          });
        }
      }),
    );
    const { rows } = await db.query(`select count(*)::int as n from review_case where queue_id = $1 and status = 'RESOLVED'`, [queueId]);
    expect(rows[0].n).toBe(2 * perArm);
  });

  it('keeps the estimates from the stakeholder until the manager closes and publishes', async () => {
    await stakeholder.reload();
    await stakeholder.locator('[data-testid="project-status"][data-status="LABELLING"]').waitFor();
    await stakeholder.getByTestId('results-pending').waitFor();
    expect(await stakeholder.getByTestId('project-results').count()).toBe(0);
    expect(await stakeholder.getByTestId('overall-estimate').count()).toBe(0);
    expect(await stakeholder.getByTestId('project-queue-link').count()).toBe(0);
    expect((await stakeholder.request.get(`${server.url}/projects/${projectId}/labels.csv`)).status()).toBe(403);

    await managerPage.getByTestId('results-refresh').click();
    await expect.poll(() => managerPage.getByTestId('results-labelled').textContent()).toBe(String(2 * perArm));
    await managerPage.getByTestId('close-project').click();
    await managerPage.locator('[data-testid="project-status"][data-status="CLOSED"]').waitFor();
    await managerPage.locator('[data-testid="results-state"][data-state="frozen"]').waitFor();
    await managerPage.getByTestId('publish-summary').fill('The new ranker shows spam in about half of its sampled results; the old one in none.');
    await managerPage.getByTestId('publish-project').click();
    await managerPage.locator('[data-testid="project-status"][data-status="PUBLISHED"]').waitFor();
  });

  it('shows the stakeholder each arm’s estimate with its interval, the difference, the method, and the labels', async () => {
    const items = [...(await sampledItems()).values()];
    const violatingB = items.filter(isViolating).length;

    await stakeholder.getByTestId('nav-inbox').click();
    await stakeholder.getByTestId('notification-open-project').first().click();
    await stakeholder.waitForURL(new RegExp(`/projects/${projectId}$`));
    await stakeholder.locator('[data-testid="project-status"][data-status="PUBLISHED"]').waitFor();
    expect(await stakeholder.getByTestId('project-summary').textContent()).toContain('The new ranker shows spam');
    await stakeholder.locator('[data-testid="results-state"][data-state="frozen"]').waitFor();

    const expectations = [
      { arm: 'A', label: armLabels[0], count: 0 },
      { arm: 'B', label: armLabels[1], count: violatingB },
    ];
    expect(await stakeholder.getByTestId('overall-estimate').count()).toBe(2);
    for (const { arm, label, count } of expectations) {
      const shown = stakeholder.locator(`[data-testid="overall-estimate"][data-arm="${arm}"]`);
      const [low, high] = wilsonInterval(count, perArm);
      expect(await shown.getAttribute('data-n')).toBe(String(perArm));
      expect(await shown.getAttribute('data-too-few')).toBe('false');
      expect(Number(await shown.getAttribute('data-value') || Number.NaN)).toBeCloseTo(count / perArm, 12);
      expect(await shown.innerText()).toContain(`${label} (${arm})`);
      expect(await shown.getByTestId('estimate-value').textContent()).toBe(percent(count / perArm));
      expect(await shown.getByTestId('estimate-interval').textContent()).toBe(`95 % CI ${percent(low).replace(' %', '')}–${percent(high)} · n = ${perArm}`);
    }
    expect(await stakeholder.locator('[data-testid="overall-estimate"][data-arm="A"]').getByTestId('estimate-value').textContent()).toBe('0 %');

    const comparison = stakeholder.getByTestId('comparison-estimate');
    expect(await comparison.getAttribute('data-too-few')).toBe('false');
    expect(Number(await comparison.getAttribute('data-value') || Number.NaN)).toBeCloseTo(violatingB / perArm, 12);
    const significant = await comparison.getAttribute('data-significant');
    expect(await comparison.innerText()).toContain(`Difference, ${armLabels[1]} (B) − ${armLabels[0]} (A)`);
    expect(await comparison.getByTestId('comparison-text').textContent()).toMatch(
      new RegExp(`^\\+?${(Math.round((violatingB / perArm) * 1000) / 10).toFixed(1).replace(/\.0$/, '').replace('.', '\\.')} pp \\(95 % CI .+ pp, n = ${2 * perArm}\\), ${significant === 'true' ? 'significant' : 'not significant'}$`),
    );

    const notes = await stakeholder.getByTestId('method-notes').locator('li').allTextContents();
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.join(' ')).toMatch(/Newcombe/);
    await stakeholder.getByTestId('results-warnings').waitFor();
    await stakeholder.getByTestId('results-chart').locator('canvas').waitFor();
    expect(await stakeholder.getByTestId('results-by-policy').locator('tbody tr[data-key="SPAM_AND_FAKE_ENGAGEMENT"]').count()).toBe(2);

    const [download] = await Promise.all([stakeholder.waitForEvent('download'), stakeholder.getByTestId('labels-csv').click()]);
    const rows: Record<string, string>[] = parse(await readFile((await download.path())!, 'utf8'), { columns: true });
    expect(rows).toHaveLength(2 * perArm);
    for (const row of rows) {
      expect(row).toMatchObject({ labelled: 'true', violating: String(isViolating({ externalId: row.external_id!, arm: row.arm! })) });
    }
    expect((await stakeholder.request.get(`${server.url}/projects/${projectId}/labels.csv`)).status()).toBe(200);
    await stakeholder.context().close();
    await managerPage.context().close();
  });
});
