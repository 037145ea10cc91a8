import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('two instances on one page', () => {
  const session = useBrowser();

  it('keeps the state of each instance to itself', async () => {
    const { server } = session;
    const body = [
      tracker({ endpoint: server.endpoint, order: 'W1001', email: SHOPPER.email }, 'a'),
      tracker({ endpoint: server.endpoint }, 'b'),
    ].join('\n');
    const url = server.page('/two', renderPage({ head: scriptTag(), body }));
    const opened = await session.open();
    await opened.page.goto(url);
    const a = opened.page.locator('#a');
    const b = opened.page.locator('#b');
    await a.getByRole('heading', { name: 'Order W1001' }).waitFor();
    await b.getByRole('heading', { name: 'Track your order' }).waitFor();

    await b.getByRole('textbox', { name: 'Order number' }).fill('W1003');
    await b.getByRole('textbox', { name: 'Email' }).fill(SHOPPER.email);
    await b.getByRole('button', { name: 'Track' }).click();
    await b.getByRole('heading', { name: 'Order W1003' }).waitFor();

    await expect(a.getByRole('heading', { name: 'Order W1001' }).isVisible()).resolves.toBe(true);
    await expect(a.getByRole('heading', { name: 'Order W1003' }).count()).resolves.toBe(0);
    const lookups = (await opened.events()).filter((event) => event.name === 'lookup');
    expect(lookups.map((event) => [event.target, event.detail?.id !== undefined])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });
});
