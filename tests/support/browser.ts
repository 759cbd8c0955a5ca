import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, headless. Playwright cannot download its own browsers here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Root cannot use the sandbox; and this machine has no network for Chromium's background calls.
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}
