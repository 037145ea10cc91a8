import { describe, expect, it } from 'vitest';
import { getFocus } from './harness/getFocus.js';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { type OpenedPage, useBrowser } from './harness/useBrowser.js';

const SERVER = 'Something went wrong on our side. Please try again.';
const NETWORK = 'We couldn’t connect. Check your connection and try again.';
const OFFLINE = 'You’re offline. We’ll try again when you’re back online.';
const TIMEOUT = 'The store is taking too long to answer. Please try again.';

/** How each failure is made, the state it ends in and what the shopper reads. */
const failures: Array<{
  name: string;
  state: 'error' | 'offline';
  text: string;
  failing?: boolean;
  arrange?: (opened: OpenedPage) => Promise<unknown>;
  /** Milliseconds the page's clock skips after the lookup is sent. */
  wait?: number;
}> = [
  { name: 'a 500', state: 'error', text: SERVER, failing: true },
  {
    name: 'a body that is not JSON',
    state: 'error',
    text: SERVER,
    arrange: ({ page }) =>
      page.route('**/api/waypost/lookup', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"order": {"id": "ord_' }),
      ),
  },
  {
    name: 'a request that never gets an answer while online',
    state: 'error',
    text: NETWORK,
    arrange: ({ page }) => page.route('**/api/waypost/lookup', (route) => route.abort('connectionrefused')),
  },
  {
    name: 'a request whose answer does not come within the client’s timeout',
    state: 'error',
    text: TIMEOUT,
    arrange: async ({ page }) => {
      await page.clock.install();
      await page.route('**/api/waypost/lookup', () => {});
    },
    wait: 10_000,
  },
  { name: 'no network', state: 'offline', text: OFFLINE, arrange: ({ context }) => context.setOffline(true) },
];

describe('recovering from a failed lookup', () => {
  const session = useBrowser();

  const open = async (path: string, failing = false) => {
    const { server } = session;
    const endpoint = failing ? server.failingEndpoint : server.endpoint;
    const url = server.page(path, renderPage({ head: scriptTag(), body: tracker({ endpoint }) }));
    const opened = await session.open();
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    await host.getByRole('textbox', { name: 'Order number' }).fill('W1001');
    await host.getByRole('textbox', { name: 'Email or postal code' }).fill(SHOPPER.email);
    return { opened, host };
  };

  const values = (opened: OpenedPage) =>
    Promise.all(
      ['Order number', 'Email or postal code'].map((name) =>
        opened.page.locator('#w').getByRole('textbox', { name }).inputValue(),
      ),
    );

  for (const failure of failures) {
    it(`after ${failure.name}, focuses what happened; "Track another order" brings back what was typed, focus on its first field`, async () => {
      const { opened, host } = await open(`/recover-${failure.state}-${failures.indexOf(failure)}`, failure.failing);
      await failure.arrange?.(opened);
      await host.getByRole('textbox', { name: 'Email or postal code' }).press('Enter');
      if (failure.wait) await opened.page.clock.runFor(failure.wait);
      await opened.waitForEvent('status', { target: 'w', state: failure.state });

      await expect.poll(() => getFocus(opened.page)).toBe(`div[banner] "${failure.text}"`);

      await host.getByRole('button', { name: 'Track another order' }).click();
      await host.getByRole('button', { name: 'Track' }).waitFor();
      await expect(values(opened)).resolves.toEqual(['W1001', SHOPPER.email]);
      await expect.poll(() => getFocus(opened.page)).toBe('input[input] "Order number"');
    });
  }

  it('keeps focus in the widget while the answer is awaited, on the loading state’s words, then on the order', async () => {
    const { opened, host } = await open('/recover-wait');
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await opened.page.route('**/api/waypost/lookup', async (route) => {
      await held;
      await route.continue();
    });
    await host.getByRole('textbox', { name: 'Email or postal code' }).press('Enter');
    await expect.poll(() => getFocus(opened.page)).toBe('p "Looking up your order…"');
    release();
    await expect.poll(() => getFocus(opened.page)).toBe('h2[heading] "Order W1001"');
  });

  it('keeps focus on the message when "Try again" fails again, and the form still has what was typed', async () => {
    const { opened, host } = await open('/recover-retry', true);
    await host.getByRole('button', { name: 'Track' }).click();
    await opened.waitForEvent('status', { target: 'w', state: 'error' });
    await expect.poll(() => getFocus(opened.page)).toBe(`div[banner] "${SERVER}"`);

    await host.getByRole('button', { name: 'Try again' }).click();
    const failed = async () =>
      (await opened.events()).filter((event) => event.name === 'status' && event.detail?.state === 'error').length;
    await expect.poll(failed).toBe(2);
    await expect.poll(() => getFocus(opened.page)).toBe(`div[banner] "${SERVER}"`);

    await host.getByRole('button', { name: 'Track another order' }).click();
    await host.getByRole('button', { name: 'Track' }).waitFor();
    await expect(values(opened)).resolves.toEqual(['W1001', SHOPPER.email]);
    await expect.poll(() => getFocus(opened.page)).toBe('input[input] "Order number"');
  });
});
