// The one place that knows how Waypost starts Chromium: the gallery, the storefront's screenshot and e2e tests,
// the themes' cascade tests and the widget's e2e harness all launch it from here.

/**
 * The system Chromium (never a downloaded one).
 *
 * @default '/usr/bin/chromium', or the `CHROMIUM_PATH` environment variable when set
 * @example existsSync(CHROMIUM_PATH) // false on a machine without Chromium: skip the browser tests
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for Debian's Chromium on a closed network: without the background-networking ones it keeps trying to
 * reach update and sync servers.
 *
 * @example chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--lang=de'] })
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * Launches Chromium at `CHROMIUM_PATH` with `CHROMIUM_ARGS`. Callers pass their own playwright-core `chromium`:
 * the repository root does not depend on playwright-core, each package that drives a browser does. Every launch
 * gets a fresh temporary profile of its own.
 *
 * @param chromium playwright-core's `chromium` browser type
 * @param options further launch options; any key given here wins over the defaults
 * @default options `{}`
 * @example
 * import { chromium } from 'playwright-core';
 * const browser = await launchChromium(chromium);
 */
export function launchChromium(chromium, options = {}) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], ...options });
}
