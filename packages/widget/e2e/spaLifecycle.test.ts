import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('SPA lifecycles', () => {
  const session = useBrowser();

  it('mounts elements added after load, releases removed ones and mounts them again when re-added', async () => {
    const { server } = session;
    const url = server.page('/spa', renderPage({ head: scriptTag(), body: '<div id="outlet"></div>' }));
    const opened = await session.open({ trackTimers: true });
    await opened.page.goto(url);
    await opened.page.waitForFunction(() => customElements.get('waypost-tracker') !== undefined);

    // A client-side navigation renders both kinds of host into the page after the bundle ran.
    const options = { endpoint: server.endpoint, order: 'W1001', email: SHOPPER.email };
    await opened.page.evaluate((values) => {
      const element = document.createElement('waypost-tracker');
      element.id = 'w';
      const host = document.createElement('div');
      host.id = 'd';
      host.setAttribute('data-waypost', '');
      for (const [name, value] of Object.entries(values)) {
        element.setAttribute(name, value);
        host.setAttribute(`data-${name}`, value);
      }
      document.querySelector('#outlet')!.append(element, host);
    }, options);
    await opened.page.locator('#w').getByRole('heading', { name: 'Order W1001' }).waitFor();
    await opened.page.locator('#d').getByRole('heading', { name: 'Order W1001' }).waitFor();
    // Give live updates time to start (a stream or a first poll), so removal has something to stop.
    await opened.page.waitForTimeout(1_000);
    const running = [...server.requests.filter((request) => !request.closed), ...(await opened.timers())];
    expect(running.length, 'live updates run before removal').toBeGreaterThan(0);

    await opened.page.evaluate(() => {
      const outlet = document.querySelector('#outlet')!;
      (window as unknown as { removed: Element[] }).removed = [...outlet.children];
      outlet.replaceChildren();
    });
    const sent = server.requests.length;
    await opened.page.waitForTimeout(1_500);
    expect(server.requests.slice(sent), 'requests after removal').toEqual([]);
    expect(
      server.requests.filter((request) => !request.closed),
      'open requests after removal',
    ).toEqual([]);
    expect(await opened.timers(), 'timers left after removal').toEqual([]);

    await opened.page.evaluate(() => {
      document.querySelector('#outlet')!.append(...(window as unknown as { removed: Element[] }).removed);
    });
    await opened.page.locator('#w').getByRole('heading', { name: 'Order W1001' }).waitFor();
    await opened.page.locator('#d').getByRole('heading', { name: 'Order W1001' }).waitFor();
    const roots = await opened.page.evaluate(() =>
      ['#w', '#d'].map((id) => document.querySelector(id)?.shadowRoot?.querySelectorAll('[part~="root"]').length),
    );
    expect(roots).toEqual([1, 1]);
  });
});
