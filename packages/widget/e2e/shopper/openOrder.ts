import type { Locator } from 'playwright-core';
import { SHOPPER, scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import type { BrowserSession, OpenedPage, OpenOptions } from '../harness/useBrowser.js';

/** How to open an order: the page's viewport and context options, and extra tracker attributes. */
export interface OpenOrderOptions extends OpenOptions {
  /** Extra attributes of the `<waypost-tracker>` (e.g. `locale`). */
  attributes?: Record<string, string | undefined>;
}

/** An opened shopper page with its widget's host. */
export interface OrderPage extends OpenedPage {
  host: Locator;
}

let pages = 0;

/**
 * Opens a storefront page with the script tag and one `<waypost-tracker id="w">` showing the demo `order` for
 * the demo shopper, and waits for the order's heading (in any locale).
 *
 * @default viewport 390 × 900
 * @example const { host } = await openOrder(session, 'W1004', { viewport: { width: 640, height: 900 } })
 */
export async function openOrder(
  session: BrowserSession,
  order: string,
  { attributes = {}, ...options }: OpenOrderOptions = {},
): Promise<OrderPage> {
  const { server } = session;
  const body = tracker({ endpoint: server.endpoint, order, email: SHOPPER.email, ...attributes });
  const url = server.page(`/shopper-${order}-${++pages}`, renderPage({ head: scriptTag(), body }));
  const opened = await session.open({ viewport: { width: 390, height: 900 }, ...options });
  await opened.page.goto(url);
  const host = opened.page.locator('#w');
  await host.locator('[part~="heading"]').filter({ hasText: order }).waitFor();
  return { ...opened, host };
}
