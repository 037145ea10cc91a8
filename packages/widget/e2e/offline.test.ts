import { describe, expect, it } from 'vitest';
import { getFocus } from './harness/getFocus.js';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('going offline', () => {
  const session = useBrowser();

  // A tracker at `path` with W1007's order number and email typed in, not sent yet.
  const open = async (path: string) => {
    const { server } = session;
    const url = server.page(path, renderPage({ head: scriptTag(), body: tracker({ endpoint: server.endpoint }) }));
    const opened = await session.open();
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    await host.getByRole('textbox', { name: 'Order number' }).fill('W1007');
    await host.getByRole('textbox', { name: 'Email' }).fill(SHOPPER.email);
    return { opened, host };
  };

  it('shows the offline state for a lookup without a network and finishes it when the network returns', async () => {
    const { opened, host } = await open('/offline');

    await opened.context.setOffline(true);
    await host.getByRole('button', { name: 'Track' }).click();
    await opened.waitForEvent('status', { target: 'w', state: 'offline' });
    await expect(host.getByText('You’re offline.', { exact: false }).isVisible()).resolves.toBe(true);

    await opened.context.setOffline(false);
    await host.getByRole('heading', { name: 'Order W1007' }).waitFor();
  });

  it('takes a shopper who was on the offline message to the order when it finishes by itself', async () => {
    const { opened, host } = await open('/offline-focus');

    await opened.context.setOffline(true);
    await host.getByRole('textbox', { name: 'Email' }).press('Enter');
    await opened.waitForEvent('status', { target: 'w', state: 'offline' });
    await expect.poll(() => getFocus(opened.page)).toMatch(/^div\[banner\] "You’re offline/);

    await opened.context.setOffline(false);
    await host.getByRole('heading', { name: 'Order W1007' }).waitFor();
    await expect.poll(() => getFocus(opened.page)).toBe('h2[heading] "Order W1007"');
  });
});
