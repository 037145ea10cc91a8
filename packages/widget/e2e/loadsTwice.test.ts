import { describe, expect, it } from 'vitest';
import { dataHost, SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';
import { WIDGET_VERSION } from './harness/WIDGET_VERSION.js';

const session = useBrowser();

describe('loading the bundle twice', () => {
  it('defines the element once, mounts each host once and logs no error', async () => {
    const { server } = session;
    const body = [
      tracker({ endpoint: server.endpoint, order: 'W1001', email: SHOPPER.email }),
      dataHost({ endpoint: server.endpoint }),
      scriptTag('defer'),
      scriptTag('defer', '/copy/waypost.js'),
    ].join('\n');
    const url = server.page('/twice', renderPage({ body }));
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.page.locator('#w').getByRole('heading', { name: 'Order W1001' }).waitFor();
    await opened.waitForEvent('ready', { target: 'd' });
    await opened.page.waitForTimeout(300);
    const shape = await opened.page.evaluate(() => ({
      defined: typeof customElements.get('waypost-tracker'),
      roots: ['#w', '#d'].map(
        (id) => document.querySelector(id)?.shadowRoot?.querySelectorAll('[part~="root"]').length,
      ),
    }));
    expect(shape).toEqual({ defined: 'function', roots: [1, 1] });
    const ready = (await opened.events()).filter((event) => event.name === 'ready');
    expect(ready.map((event) => event.target).sort()).toEqual(['d', 'w']);
    expect(opened.console.filter((line) => /^(error|warning)/.test(line))).toEqual([]);
  });
});

describe('two versions on one page', () => {
  it('renders the hosts pinned to each version with that version, and the newer one owns window.Waypost', async () => {
    const { server } = session;
    const pinned = (version: string, id: string) =>
      `<div id="${id}" data-waypost="${version}" data-endpoint="${server.endpoint}"></div>`;
    const version = WIDGET_VERSION;
    const body = [
      pinned(version, 'old'),
      pinned('99.0.0', 'new'),
      tracker({ endpoint: server.endpoint }),
      scriptTag('defer'),
      scriptTag('defer', '/v2/waypost.js'),
    ].join('\n');
    const url = server.page('/two-versions', renderPage({ body }));
    const opened = await session.open();
    await opened.page.goto(url);
    for (const id of ['old', 'new', 'w']) await opened.waitForEvent('ready', { target: id });

    const ready = (await opened.events()).filter((event) => event.name === 'ready');
    expect(Object.fromEntries(ready.map((event) => [event.target, event.detail?.version]))).toEqual({
      old: version,
      new: '99.0.0',
      w: version,
    });
    const globals = await opened.page.evaluate(() => ({
      owner: (window as unknown as { Waypost: { version: string } }).Waypost.version,
      copies: Object.keys((window as unknown as Record<symbol, object>)[Symbol.for('waypost.widget')] ?? {}).sort(),
    }));
    expect(globals).toEqual({ owner: '99.0.0', copies: [version, '99.0.0'].sort() });
    expect(opened.console.filter((line) => /^(error|warning)/.test(line))).toEqual([]);
  });
});
