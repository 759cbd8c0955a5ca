import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, signedIn } from '../support/api-client.ts';
import { launchChromium, signInPage } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer({ serveWeb: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the web app in Chromium', () => {
  it('refuses a wrong password on the sign-in screen', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/signin/);
    await page.getByTestId('signin-email').fill('admin@vigil.example');
    await page.getByTestId('signin-password').fill('wrong-password');
    await page.getByTestId('signin-submit').click();
    await expect.poll(() => page.getByTestId('signin-error').textContent()).toContain('Wrong email or password');
    await page.context().close();
  });

  it("shows an admin another user's change in the audit log live, without a reload", async () => {
    const page = await signInPage(browser, server.url, 'admin@vigil.example');
    await page.getByTestId('nav-audit').click();
    await page.waitForURL(/\/admin\/audit/);
    await expect.poll(() => page.getByTestId('audit-live').textContent()).toContain('Live');
    const rowsBefore = await page.getByTestId('audit-row').count();
    expect(rowsBefore).toBeGreaterThan(0);

    const evaluator = await signedIn(server.url, 'evaluator@vigil.example');
    await evaluator.data('mutation { updateMyProfile(input: { displayName: "Eve Seen Live" }) { user { id } } }');

    const liveRow = page.locator(`[data-testid="audit-row"][data-action="user.profile_updated"][data-entity-id="${evaluator.userId}"]`);
    await liveRow.waitFor({ timeout: 10_000 });
    expect(await liveRow.textContent()).toContain('Eve Seen Live');
    await page.context().close();
  });

  it('shows an evaluator only their own profile, and saves a new display name', async () => {
    const page = await signInPage(browser, server.url, 'evaluator2@vigil.example');
    expect(await page.getByTestId('nav-profile').count()).toBe(1);
    for (const hidden of ['nav-team', 'nav-audit', 'nav-api-tokens']) expect(await page.getByTestId(hidden).count()).toBe(0);
    await page.getByTestId('nav-profile').click();
    // The form fills itself with the current name once the profile loads: typing before that is overwritten.
    await expect.poll(() => page.getByTestId('profile-display-name').inputValue()).toBe('Eli Evaluator');
    await page.getByTestId('profile-display-name').fill('Eli Renamed');
    await page.getByTestId('profile-save').click();
    await page.getByTestId('profile-saved').waitFor();
    await expect.poll(() => page.getByTestId('me-name').textContent()).toContain('Eli Renamed');
    await page.context().close();
  });

  it("shows a manager their team's members", async () => {
    const page = await signInPage(browser, server.url, 'manager@vigil.example');
    await page.getByTestId('nav-team').click();
    await page.waitForURL(/\/team/);
    await expect.poll(() => page.locator('body').textContent()).toContain('qa@vigil.example');
    expect(await page.locator('body').textContent()).not.toContain('evaluator3@vigil.example');
    await page.context().close();
  });

  it('lets an admin create an API token, shown once, that works until revoked', async () => {
    const page = await signInPage(browser, server.url, 'admin@vigil.example');
    await page.getByTestId('nav-api-tokens').click();
    await page.getByTestId('token-name').fill('browser-made export');
    await page.getByTestId('token-scope-AUDIT_READ').check();
    await page.getByTestId('token-create').click();
    const secret = (await page.getByTestId('secret-value').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^vgt_/);

    const integrator = new ApiClient(server.url, secret);
    expect((await integrator.request('{ auditEvents(first: 1) { edges { node { id } } } }')).errors).toBeUndefined();

    page.on('dialog', (dialog) => void dialog.accept());
    const row = page.locator('[data-testid="token-row"]', { hasText: 'browser-made export' });
    await row.getByTestId('token-revoke').click();
    await expect.poll(async () => (await integrator.request('{ auditEvents(first: 1) { edges { node { id } } } }')).status).toBe(401);

    await page.reload();
    expect(await page.locator('body').textContent()).not.toContain(secret);
    await page.context().close();
  });

  it('loads nothing from outside the server: no CDN, fonts or scripts from elsewhere', async () => {
    const context = await browser.newContext();
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    const page = await context.newPage();
    await page.goto(`${server.url}/signin`);
    await page.getByTestId('signin-email').fill('admin@vigil.example');
    await page.getByTestId('signin-password').fill(inject('demoPassword'));
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('nav-audit').click();
    await expect.poll(() => page.getByTestId('audit-live').textContent()).toContain('Live');
    const origin = new URL(server.url).host;
    expect(requested.length).toBeGreaterThan(3);
    expect(requested.filter((url) => !url.startsWith('data:') && new URL(url).host !== origin)).toEqual([]);
    await context.close();
  });

  it('signs out', async () => {
    const page = await signInPage(browser, server.url, 'qa@vigil.example');
    await page.getByTestId('signout').click();
    await page.waitForURL(/\/signin/);
    await page.goto(`${server.url}/profile`);
    await page.waitForURL(/\/signin/);
    await page.context().close();
  });
});
