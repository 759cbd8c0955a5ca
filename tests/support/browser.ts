import { type Browser, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Debian's Chromium, headless. Playwright cannot download its own browsers here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Root cannot use the sandbox; and this machine has no network for Chromium's background calls.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser context signed in as a demo user, on the app shell. */
export async function signInPage(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl}/signin`);
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(inject('demoPassword'));
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('me-name').waitFor();
  return page;
}

/** From the queue list to the workbench of one queue. */
export async function openWorkbench(page: Page, queueId: string): Promise<void> {
  await page.getByTestId('nav-queues').click();
  await page.locator(`[data-testid="queue-row"][data-queue-id="${queueId}"]`).getByTestId('queue-work').click();
  await page.waitForURL(/\/work\//);
  await page.getByTestId('claim-next').waitFor();
}

/** Waits until the workbench shows a case other than `previous`, and returns its id. */
export async function nextCase(page: Page, previous: string | null): Promise<string> {
  const view = page.getByTestId('case-view');
  await expect.poll(async () => ((await view.count()) ? view.getAttribute('data-case-id') : null)).not.toBe(previous);
  await view.waitFor();
  return (await view.getAttribute('data-case-id'))!;
}
