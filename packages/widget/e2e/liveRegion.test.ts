import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

// Reads the live region synchronously when `waypost:ready` fires, i.e. at mount, before anything could change it.
const atReady = `<script>
  window.atReady = {};
  document.addEventListener('waypost:ready', (event) => {
    const region = event.target.shadowRoot && event.target.shadowRoot.querySelector('[role="status"]');
    window.atReady[event.target.id] = region ? region.textContent : null;
  });
</script>`;

describe('the live region', () => {
  const session = useBrowser();

  it('is present and empty at mount, then announces the result of a lookup', async () => {
    const { server } = session;
    const body = [
      tracker({ endpoint: server.endpoint }, 'form'),
      tracker({ endpoint: server.endpoint, order: 'W1003', email: SHOPPER.email }, 'preset'),
    ].join('\n');
    const url = server.page('/live-region', renderPage({ head: atReady + scriptTag(), body }));
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.waitForEvent('ready', { target: 'form' });
    await opened.waitForEvent('ready', { target: 'preset' });
    await expect(opened.page.evaluate(() => (window as unknown as { atReady: unknown }).atReady)).resolves.toEqual({
      form: '',
      preset: '',
    });

    const host = opened.page.locator('#form');
    await host.getByRole('textbox', { name: 'Order number' }).fill('W1001');
    await host.getByRole('textbox', { name: 'Email' }).fill(SHOPPER.email);
    await host.getByRole('button', { name: 'Track' }).click();
    await host.getByRole('heading', { name: 'Order W1001' }).waitFor();
    const region = host.locator('[role="status"]');
    await expect(region.count()).resolves.toBe(1);
    await expect(region.textContent()).resolves.toContain('W1001');
  });
});
