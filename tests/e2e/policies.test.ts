import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, signInPage } from '../support/browser.ts';
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

interface Area {
  code: string;
  name: string;
  severity: string;
  domains: string[];
  description: string;
  version: number;
}

const currentTaxonomy = '{ policies { code name severity domains description version } }';

async function taxonomy(): Promise<Area[]> {
  return (await manager.data<{ policies: Area[] }>(currentTaxonomy)).policies;
}

async function openPolicies(page: Page): Promise<void> {
  await page.getByTestId('nav-policies').click();
  await page.waitForURL(/\/policies$/);
  await page.getByTestId('policy-table').waitFor();
}

function draftRow(page: Page, code: string) {
  return page.locator(`[data-testid="taxonomy-area"][data-code="${code}"]`);
}

function shownRow(page: Page, code: string) {
  return page.locator(`[data-testid="policy-row"][data-code="${code}"]`);
}

describe('the policy taxonomy in Chromium', () => {
  it('shows an evaluator every area of the version in force, without an editor', async () => {
    const areas = await taxonomy();
    const page = await signInPage(browser, server.url, 'evaluator@vigil.example');
    await openPolicies(page);
    await expect.poll(() => page.getByTestId('policy-row').count()).toBe(areas.length);
    expect(await page.getByTestId('taxonomy-version').getAttribute('data-version')).toBe(String(areas[0]!.version));
    expect(await shownRow(page, 'CHILD_SAFETY').getByTestId('severity-badge').textContent()).toContain('S0');
    expect(await page.getByTestId('taxonomy-edit').count()).toBe(0);
    expect(await page.getByTestId('taxonomy-editor').count()).toBe(0);
    await page.context().close();
  });

  it("checks a new area's code and domains on the spot, and shows the server's refusal of a code given twice", async () => {
    const before = await taxonomy();
    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await openPolicies(page);
    await page.getByTestId('taxonomy-edit').click();

    await page.getByTestId('add-area-code').fill('not a code');
    await page.getByTestId('add-area-submit').click();
    await page.getByTestId('add-area-error').waitFor();
    expect(await page.getByTestId('taxonomy-area').count()).toBe(before.length);

    // A code already in the taxonomy: only the server knows this rule.
    await page.getByTestId('add-area-code').fill('HATE_SPEECH');
    await page.getByTestId('add-area-name').fill('Second entry');
    await page.getByTestId('add-area-submit').click();
    const duplicate = draftRow(page, 'HATE_SPEECH').last();
    await page.getByTestId('taxonomy-publish').click();
    expect(await duplicate.getByTestId('area-error').textContent()).toBe('Choose at least one domain.');
    expect(await page.getByTestId('taxonomy-confirm').count()).toBe(0);

    await duplicate.getByTestId('area-domain-SEARCH').check();
    await page.getByTestId('taxonomy-publish').click();
    await page.getByTestId('taxonomy-confirm-publish').click();
    const error = page.getByTestId('taxonomy-error');
    await error.waitFor();
    expect(await error.getAttribute('data-field')).toBe('policies');
    expect(await error.textContent()).toBe('Each code may appear once.');
    expect(await page.getByTestId('taxonomy-saved').count()).toBe(0);
    expect(await taxonomy()).toEqual(before);
    await page.context().close();
  });

  it('publishes a changed severity and a new area as the next version', async () => {
    const before = await taxonomy();
    const version = before[0]!.version;
    const spam = before.find((area) => area.code === 'SPAM_AND_FAKE_ENGAGEMENT')!;
    const severity = spam.severity === 'S2' ? 'S3' : 'S2';
    const code = `TEST_AREA_${randomUUID().slice(0, 8).toUpperCase()}`;
    const added = { code, name: 'Test area', severity: 'S2', domains: ['ACCOUNT'], description: 'A neutral area added by the end-to-end test.' };

    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await openPolicies(page);
    await page.getByTestId('taxonomy-edit').click();
    await draftRow(page, spam.code).getByTestId('area-severity').selectOption(severity);
    await page.getByTestId('add-area-code').fill(code);
    await page.getByTestId('add-area-name').fill(added.name);
    await page.getByTestId('add-area-submit').click();
    await draftRow(page, code).getByTestId('area-severity').selectOption(added.severity);
    await draftRow(page, code).getByTestId('area-domain-ACCOUNT').check();
    await draftRow(page, code).getByTestId('area-description').fill(added.description);

    await page.getByTestId('taxonomy-publish').click();
    const confirm = page.getByTestId('taxonomy-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`Publish version ${version + 1}?`);
    expect(await confirm.textContent()).toContain(`Adds ${code}`);
    expect(await confirm.textContent()).toContain(`Changes ${spam.code}`);
    expect(await confirm.textContent()).not.toContain('Removes');
    await page.getByTestId('taxonomy-confirm-publish').click();

    await page.getByTestId('taxonomy-saved').waitFor();
    expect(await page.getByTestId('taxonomy-saved').textContent()).toContain(`Version ${version + 1} published`);
    await expect.poll(() => page.getByTestId('taxonomy-version').getAttribute('data-version')).toBe(String(version + 1));
    expect(await shownRow(page, spam.code).getAttribute('data-severity')).toBe(severity);
    expect(await shownRow(page, code).getByTestId('severity-badge').textContent()).toContain('S2');
    await page.context().close();

    const after = await taxonomy();
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((area) => area.code === code)).toEqual({ ...added, version: version + 1 });
    for (const area of before) {
      const expected = area.code === spam.code ? { ...area, severity } : area;
      expect(after.find((candidate) => candidate.code === area.code)).toEqual({ ...expected, version: version + 1 });
    }
  });
});
