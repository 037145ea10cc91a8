import { type Browser, chromium } from 'playwright-core';

/**
 * Flags for Debian's Chromium on a closed network: without the background-networking ones it keeps trying to
 * reach update and sync servers.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches the system Chromium (never a downloaded one). One browser per test file; every test opens its own
 * `browser.newContext()` so that storage, permissions and media emulation never leak between tests.
 *
 * @default executable `/usr/bin/chromium`, or `CHROMIUM_PATH` when set
 * @example const browser = await launchBrowser(); afterAll(() => browser.close())
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}
