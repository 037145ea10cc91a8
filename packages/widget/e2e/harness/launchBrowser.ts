import { type Browser, chromium } from 'playwright-core';
import { launchChromium } from '../../../../scripts/launchChromium.mjs';

/**
 * Launches the system Chromium (never a downloaded one). One browser per test file; every test opens its own
 * `browser.newContext()` so that storage, permissions and media emulation never leak between tests.
 *
 * @default executable `/usr/bin/chromium`, or `CHROMIUM_PATH` when set
 * @example const browser = await launchBrowser(); afterAll(() => browser.close())
 */
export function launchBrowser(): Promise<Browser> {
  return launchChromium(chromium);
}
