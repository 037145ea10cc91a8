import { describe, expect, it } from 'vitest';
import { dataHost, SHOPPER, scriptTag } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('[data-waypost] auto-mount', () => {
  const session = useBrowser();

  it('mounts every [data-waypost] element with its data attributes as options', async () => {
    const { server } = session;
    const body = [
      dataHost({ endpoint: server.endpoint, order: 'W1003', 'postal-code': SHOPPER.postalCode }, 'd1'),
      dataHost({ endpoint: server.endpoint, order: 'W1007', email: SHOPPER.email }, 'd2'),
    ].join('\n');
    const url = server.page('/data-waypost', renderPage({ head: scriptTag(), body }));
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.page.locator('#d1').getByRole('heading', { name: 'Order W1003' }).waitFor();
    await opened.page.locator('#d2').getByRole('heading', { name: 'Order W1007' }).waitFor();
    const lookups = (await opened.events()).filter((event) => event.name === 'lookup');
    expect(lookups.map((event) => [event.target, event.detail?.method])).toEqual(
      expect.arrayContaining([
        ['d1', 'order_postal_code'],
        ['d2', 'order_email'],
      ]),
    );
  });

  it('shows the lookup form when the attributes do not identify an order', async () => {
    const { server } = session;
    const url = server.page(
      '/data-waypost-form',
      renderPage({ head: scriptTag(), body: dataHost({ endpoint: server.endpoint, order: 'W1001' }) }),
    );
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.waitForEvent('ready', { target: 'd' });
    const orderNumber = opened.page.locator('#d').getByRole('textbox', { name: 'Order number' });
    await expect(orderNumber.inputValue()).resolves.toBe('W1001');
  });
});
