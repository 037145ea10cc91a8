import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('<waypost-tracker>', () => {
  const session = useBrowser();

  it('looks the order up from its attributes and renders it in an open shadow root', async () => {
    const { server } = session;
    const url = server.page(
      '/element',
      renderPage({
        head: scriptTag(),
        body: tracker({ endpoint: server.endpoint, order: 'W1001', email: SHOPPER.email }),
      }),
    );
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.waitForEvent('lookup', { target: 'w', kind: 'order' });
    const host = opened.page.locator('#w');
    await host.getByRole('heading', { name: 'Order W1001' }).waitFor();
    const shape = await opened.page.evaluate(() => {
      const element = document.querySelector('#w');
      return {
        defined: customElements.get('waypost-tracker') === element?.constructor,
        shadowMode: element?.shadowRoot?.mode,
        lightChildren: element?.childNodes.length,
      };
    });
    expect(shape).toEqual({ defined: true, shadowMode: 'open', lightChildren: 0 });
  });

  it('sends waypost:* events that bubble out of the shadow root', async () => {
    const { server } = session;
    const url = server.page(
      '/element-events',
      renderPage({
        head: scriptTag(),
        body: tracker({ endpoint: server.endpoint, order: 'W1003', email: SHOPPER.email }),
      }),
    );
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.waitForEvent('status', { target: 'w', state: 'ready' });
    const events = await opened.events();
    expect(events.map((event) => event.name)).toEqual(expect.arrayContaining(['ready', 'lookup', 'status']));
    expect(events.every((event) => event.bubbles && event.composed && event.target === 'w')).toBe(true);
    const lookup = events.find((event) => event.name === 'lookup');
    expect(lookup?.detail).toMatchObject({ method: 'order_email', kind: 'order' });
    expect(JSON.stringify(events)).not.toContain(SHOPPER.email);
  });

  it('reacts to an attribute changed after mount', async () => {
    const { server } = session;
    const url = server.page(
      '/element-attribute',
      renderPage({ head: scriptTag(), body: tracker({ endpoint: server.endpoint }) }),
    );
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.waitForEvent('ready', { target: 'w' });
    await opened.page.evaluate((email) => {
      const element = document.querySelector('#w');
      element?.setAttribute('email', email);
      element?.setAttribute('order', 'W1008');
    }, SHOPPER.email);
    await opened.page.locator('#w').getByRole('heading', { name: 'Order W1008' }).waitFor();
  });

  it('takes rich options as properties, set before or after the element upgrades', async () => {
    const { server } = session;
    // The element exists (with a property set on it) before the bundle defines it, as a framework would render it.
    const early = `<script>document.querySelector('#w').messages = { 'form.title': 'Where is my parcel?' }</script>`;
    const url = server.page(
      '/element-properties',
      renderPage({ body: `${tracker({ endpoint: server.endpoint })}${early}${scriptTag('defer')}` }),
    );
    const opened = await session.open();
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    await host.getByRole('heading', { name: 'Where is my parcel?' }).waitFor();
    await opened.page.evaluate(() => {
      const element = document.querySelector('#w') as HTMLElement & { messages: Record<string, string> };
      element.messages = { 'form.title': 'Find your order', 'form.submit': 'Go' };
    });
    await host.getByRole('heading', { name: 'Find your order' }).waitFor();
    await expect(host.getByRole('button', { name: 'Go' }).isVisible()).resolves.toBe(true);
  });
});
