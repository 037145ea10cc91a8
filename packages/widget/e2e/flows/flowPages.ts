import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { getDistFile } from '../harness/getDistFile.js';
import { SHOPPER, scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import { formatFindings, runAxe } from '../harness/runAxe.js';
import type { BrowserSession, OpenedPage } from '../harness/useBrowser.js';

/** A colour scheme and a direction to check a flow in. */
export interface Variant {
  name: string;
  theme: 'light' | 'dark';
  /** A right-to-left locale, or English. */
  locale: 'en' | 'ar' | 'he';
}

/** Light and dark, left-to-right and right-to-left. */
export const VARIANTS: Variant[] = [
  { name: 'light, ltr', theme: 'light', locale: 'en' },
  { name: 'dark, ltr', theme: 'dark', locale: 'en' },
  { name: 'light, rtl (ar)', theme: 'light', locale: 'ar' },
  { name: 'dark, rtl (he)', theme: 'dark', locale: 'he' },
];

/** An opened page with its widget's host. */
export interface FlowPage extends OpenedPage {
  host: Locator;
}

let pages = 0;

/**
 * Serves the built `features.js` beside `waypost.js` (where the script tag looks for it), as the storefront's
 * static files would.
 */
function serveFeatures(session: BrowserSession): void {
  session.server.page('/features.js', {
    html: readFileSync(getDistFile('features.js'), 'utf8'),
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * Opens a storefront page with the script tag and one `<waypost-tracker>` showing `order`, once its view shows.
 *
 * @example const { host } = await openScriptTag(session, 'W1005', VARIANTS[0])
 */
export async function openScriptTag(session: BrowserSession, order: string, variant: Variant): Promise<FlowPage> {
  serveFeatures(session);
  const values = {
    endpoint: session.server.endpoint,
    order,
    email: SHOPPER.email,
    theme: variant.theme,
    locale: variant.locale,
  };
  const url = session.server.page(`/flow-${++pages}`, renderPage({ head: scriptTag(), body: tracker(values) }));
  const opened = await session.open();
  await opened.page.goto(url);
  await opened.waitForEvent('status', { target: 'w', state: 'ready' });
  const host = opened.page.locator('#w');
  // `ready` can come before the view: the result views' file may still be loading (the skeleton shows meanwhile).
  await host.locator('[part="heading"]').waitFor();
  return { ...opened, host };
}

/**
 * Opens a page that imports the npm entry (bundled as a storefront's bundler would, feature chunk included) and
 * calls `mount()` for `order`, once its view shows.
 *
 * @example const { host } = await openMounted(session, 'W1003', VARIANTS[0])
 */
export async function openMounted(session: BrowserSession, order: string, variant: Variant): Promise<FlowPage> {
  const options = JSON.stringify({
    endpoint: session.server.endpoint,
    order,
    email: SHOPPER.email,
    theme: variant.theme,
    locale: variant.locale,
  });
  const body = `<div id="n"></div>
<script type="module">
  import { mount } from '/npm/index.js';
  window.handle = mount(document.querySelector('#n'), ${options});
</script>`;
  const url = session.server.page(`/flow-npm-${++pages}`, renderPage({ body }));
  const opened = await session.open();
  await opened.page.goto(url);
  await opened.waitForEvent('status', { target: 'n', state: 'ready' });
  const host = opened.page.locator('#n');
  await host.locator('[part="heading"]').waitFor();
  return { ...opened, host };
}

/**
 * The `index`-th toggle of the record's own "Need help?" bar (0 start a return, 1 alerts, 2 report a problem, 3
 * questions), by position so that every language works; the bars beside a parcel's banner are not counted.
 */
export const actionButton = (host: Locator, index: number): Locator =>
  host.locator('[part="actions"] > .row > button').nth(index);

/**
 * Runs axe-core on the page and fails with every serious or critical finding.
 *
 * @example await expectAccessible(opened, 'return view, dark rtl')
 */
export async function expectAccessible(opened: OpenedPage, state: string): Promise<void> {
  const findings = await runAxe(opened.page);
  expect(findings, `axe findings in ${state}:\n${formatFindings(findings)}`).toEqual([]);
}
