import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/kernel/roles.ts';
import { ReportService } from '../../server/src/reports/report.service.ts';
import { signedIn } from '../support/api-client.ts';
import { launchChromium, signInPage } from '../support/browser.ts';
import { createEvaluators } from '../support/queues.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;
let stakeholderEmail: string;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
  [stakeholderEmail] = (await createEvaluators(server.app.orm.em.fork(), 1, Role.STAKEHOLDER)) as [string];
  const manager = await signedIn(server.url, 'manager@vigil.example');
  const { me } = await manager.data<{ me: { team: { id: string } } }>('{ me { team { id } } }');
  const stakeholder = await signedIn(server.url, stakeholderEmail);
  await stakeholder.data('mutation ($t: ID) { subscribeToReports(teamId: $t) { id } }', { t: me.team.id });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a weekly report in Chromium', () => {
  it('shows the manager the scheduled drafts being generated, live, and lists them when done', async () => {
    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('generate-report').waitFor();
    await page.waitForTimeout(500); // the subscription is open
    const created = await new ReportService(server.app.orm.em.fork()).generateDue(new Date('2025-05-20T12:00:00Z'));
    expect(created.length).toBeGreaterThan(0);
    const notice = page.getByTestId('report-drafts-progress');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain(`Scheduled drafts generated: ${created.length} of ${created.length}.`);
    // The list refetched: the team's scheduled weekly draft of 12 May is in it.
    await page.getByText(/12 May 2025/).first().waitFor();
    await page.close();
  });

  it('is previewed, commented and published by the manager, then read by a stakeholder from the inbox, as CSV and printed', async () => {
    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('generate-kind').selectOption('WEEKLY');
    await page.getByTestId('generate-date').fill('2025-06-11');
    await page.getByTestId('generate-report').click();
    await page.waitForURL(/\/reports\/[^/]+$/);
    const reportId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.getByTestId('report-status').getAttribute('data-status')).toBe('DRAFT');
    await page.getByTestId('report-chart-sources').locator('canvas').waitFor();
    await page.getByTestId('report-highlights').fill('A quiet week for scam queries.');
    await page.getByTestId('report-actions-taken').fill('Refreshed the scam guidance.');
    await page.getByTestId('report-publish').click();
    await page.locator('[data-testid="report-status"][data-status="PUBLISHED"]').waitFor();
    expect(await page.getByTestId('report-highlights-text').textContent()).toBe('A quiet week for scam queries.');

    const reader = await signInPage(browser, server.url, stakeholderEmail);
    // A stakeholder's menu offers what they may use: reports, their evaluation projects, the inbox, their profile.
    const menu = await reader.locator('a[data-testid^="nav-"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));
    expect(menu).toEqual(['nav-reports', 'nav-projects', 'nav-inbox', 'nav-profile']);
    // Their profile asks only what a stakeholder may read: no certifications, no wellness, no errors.
    await reader.getByTestId('nav-profile').click();
    await reader.getByTestId('password-save').waitFor();
    expect(await reader.getByTestId('profile-email').textContent()).toBe(stakeholderEmail);
    expect(await reader.locator('[role="alert"]').count()).toBe(0);
    await reader.getByTestId('nav-inbox').click();
    await reader.getByTestId('notification-open-report').click();
    await reader.waitForURL(new RegExp(`/reports/${reportId}$`));
    expect(await reader.getByTestId('report-highlights-text').textContent()).toBe('A quiet week for scam queries.');
    await reader.getByTestId('report-chart-verdicts').locator('canvas').waitFor();
    await reader.getByTestId('report-chart-sla').locator('canvas').waitFor();

    const [download] = await Promise.all([reader.waitForEvent('download'), reader.getByTestId('report-csv').click()]);
    expect(download.suggestedFilename()).toBe('vigil-weekly-report-2025-06-09.csv');
    const rows: Record<string, string>[] = parse(await readFile((await download.path())!, 'utf8'), { columns: true });
    expect(rows.find((row) => row.section === 'violationRate' && row.period === 'current')).toBeDefined();

    expect(await reader.getByTestId('report-pdf').getAttribute('href')).toBe(`/reports/${reportId}.pdf`);
    await reader.getByTestId('report-print-link').click();
    await reader.waitForURL(new RegExp(`/reports/${reportId}/print$`));
    expect(await reader.getByTestId('report-print-title').textContent()).toContain('Search Safety EMEA');
    await reader.getByTestId('report-print').waitFor();
  });
});
