import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag } from './harness/markup.js';
import { readShadowStyle } from './harness/readShadowStyle.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

// The snippet storefronts paste above the script tag, then three calls made before the bundle loads. Only in this
// order does each call find what it needs: `on` must be listening before `mount` looks up, `setTheme` needs the
// mounted instance.
const stub = (endpoint: string) => `<script>
  window.Waypost = window.Waypost || function () { (Waypost.q = Waypost.q || []).push(arguments) };
  window.seen = [];
  Waypost('on', 'lookup', function (detail) { window.seen.push(detail.method) });
  Waypost('mount', '#a', ${JSON.stringify({ endpoint, order: 'W1001', email: SHOPPER.email, theme: 'light' })});
  Waypost('setTheme', 'dark', '#a');
</script>`;

describe('the queue stub', () => {
  const session = useBrowser();

  it('replays the calls made before the bundle loaded, in order', async () => {
    const { server } = session;
    const body = `<div id="a"></div><div id="b"></div>${stub(server.endpoint)}${scriptTag('async')}`;
    const url = server.page('/queue', renderPage({ body }));
    const opened = await session.open({ colorScheme: 'light' });
    await opened.page.goto(url);
    await opened.page.locator('#a').getByRole('heading', { name: 'Order W1001' }).waitFor();
    await expect(opened.page.evaluate(() => (window as unknown as { seen: string[] }).seen)).resolves.toEqual([
      'order_email',
    ]);

    // `#b` is mounted after load with the light theme, as a reference for the surface colour.
    await opened.page.evaluate((endpoint) => {
      const api = (window as unknown as { Waypost: (...args: unknown[]) => unknown }).Waypost;
      api('mount', '#b', { endpoint, theme: 'light' });
    }, server.endpoint);
    await opened.waitForEvent('ready', { target: 'b' });
    const a = await readShadowStyle(opened.page, '#a', ['background-color']);
    const b = await readShadowStyle(opened.page, '#b', ['background-color']);
    expect(a['background-color']).not.toBe(b['background-color']);
    await expect(opened.page.evaluate(() => typeof (window as unknown as { Waypost: unknown }).Waypost)).resolves.toBe(
      'function',
    );
  });
});
