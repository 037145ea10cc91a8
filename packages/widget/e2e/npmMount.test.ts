import { describe, expect, it } from 'vitest';
import { SHOPPER } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

// The page imports the npm entry (dist/index.js, bundled as a storefront's bundler would) from a module script;
// `window.handle` is the handle `mount()` returned.
const moduleScript = (options: string) => `
<script type="module">
  import { mount } from '/npm/index.js';
  window.handle = mount(document.querySelector('#n'), ${options});
</script>`;

describe('npm mount()', () => {
  const session = useBrowser();

  it('renders into the target and looks the order up', async () => {
    const { server } = session;
    const options = JSON.stringify({ endpoint: server.endpoint, order: 'W1002', email: SHOPPER.email });
    const url = server.page('/npm', renderPage({ body: `<div id="n"></div>${moduleScript(options)}` }));
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.page.locator('#n').getByRole('heading', { name: 'Order W1002' }).waitFor();
    const handle = await opened.page.evaluate(() =>
      Object.keys((window as unknown as { handle: Record<string, unknown> }).handle).sort(),
    );
    expect(handle).toEqual(expect.arrayContaining(['destroy', 'on', 'refresh', 'setLocale', 'setTheme', 'update']));
  });

  it('mirrors DOM events through handle.on() and leaves no node behind after destroy(), called twice', async () => {
    const { server } = session;
    const options = JSON.stringify({ endpoint: server.endpoint });
    const url = server.page('/npm-destroy', renderPage({ body: `<div id="n"></div>${moduleScript(options)}` }));
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.waitForEvent('ready', { target: 'n' });
    const after = await opened.page.evaluate(async (email) => {
      type Handle = {
        on(name: string, listener: (detail: unknown) => void): () => void;
        update(options: Record<string, unknown>): void;
        destroy(): void;
      };
      const handle = (window as unknown as { handle: Handle }).handle;
      const target = document.querySelector('#n') as HTMLElement;
      const seen: unknown[] = [];
      const lookedUp = new Promise((resolve) => handle.on('lookup', (detail) => resolve(seen.push(detail))));
      handle.update({ order: 'W1003', email });
      await lookedUp;
      handle.destroy();
      handle.destroy();
      return {
        seen,
        shadowChildren: target.shadowRoot?.childNodes.length ?? 0,
        adoptedSheets: target.shadowRoot?.adoptedStyleSheets.length ?? 0,
        lightChildren: target.childNodes.length,
        headStyles: document.head.querySelectorAll('style, link[rel="stylesheet"]').length,
      };
    }, SHOPPER.email);
    expect(after).toEqual({
      seen: [expect.objectContaining({ method: 'order_email', kind: 'order' })],
      shadowChildren: 0,
      adoptedSheets: 0,
      lightChildren: 0,
      headStyles: 0,
    });
  });
});
