import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../../../scripts/launchChromium.mjs';

/**
 * The system Chromium (never a downloaded one): a connection to the run's one browser when the global setup started
 * it, else a browser of its own. Every test opens its own `browser.newContext()`, so storage, permissions and media
 * emulation never leak between tests or files; `close()` ends this file's connection and its contexts.
 *
 * @default executable `/usr/bin/chromium`, or `CHROMIUM_PATH` when set
 * @example const browser = await launchBrowser(); afterAll(() => browser.close())
 */
export function launchBrowser(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchChromium(chromium);
}
