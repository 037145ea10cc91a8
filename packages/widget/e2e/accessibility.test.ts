import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { formatFindings, runAxe } from './harness/runAxe.js';
import { type OpenedPage, useBrowser } from './harness/useBrowser.js';

const order = (number: string) => ({ order: number, email: SHOPPER.email });

describe('axe-core (wcag2a, wcag2aa, wcag22aa)', () => {
  const session = useBrowser();

  /** Opens a page with one widget, waits until `settle` says the state is on screen, then scans it. */
  const scan = async (name: string, values: Record<string, string>, settle: (opened: OpenedPage) => Promise<void>) => {
    const url = session.server.page(`/axe-${name}`, renderPage({ head: scriptTag(), body: tracker(values) }));
    const opened = await session.open();
    await opened.page.goto(url);
    await settle(opened);
    const findings = await runAxe(opened.page);
    expect(findings, `axe findings in the ${name} state:\n${formatFindings(findings)}`).toEqual([]);
  };

  it('finds nothing serious or critical in the form', async () => {
    await scan('form', { endpoint: session.server.endpoint }, async (opened) => {
      await opened.page.locator('#w').getByRole('button', { name: 'Track' }).waitFor();
    });
  });

  it('finds nothing serious or critical while loading', async () => {
    try {
      await scan('loading', { endpoint: session.server.slowEndpoint, ...order('W1001') }, async (opened) => {
        await opened.waitForEvent('status', { target: 'w', state: 'loading' });
        await opened.page.locator('#w [part~="skeleton"]').waitFor();
      });
    } finally {
      session.server.release();
    }
  });

  it('finds nothing serious or critical in a loaded order', async () => {
    await scan('loaded', { endpoint: session.server.endpoint, ...order('W1001') }, async (opened) => {
      await opened.page.locator('#w').getByRole('heading', { name: 'Order W1001' }).waitFor();
    });
  });

  it("finds nothing serious or critical in W1004's exception banner", async () => {
    await scan('exception', { endpoint: session.server.endpoint, ...order('W1004') }, async (opened) => {
      const host = opened.page.locator('#w');
      await host.getByRole('heading', { name: 'Order W1004' }).waitFor();
      await expect(host.locator('[part~="shipment"]').count()).resolves.toBe(3);
      await host.locator('[part~="shipment"]').first().locator('[part~="banner"]').waitFor();
    });
  });

  it('finds nothing serious or critical in the error state of a failing handler', async () => {
    await scan('error', { endpoint: session.server.failingEndpoint, ...order('W1001') }, async (opened) => {
      await opened.waitForEvent('status', { target: 'w', state: 'error' });
      await opened.page.locator('#w').getByRole('button', { name: 'Try again' }).waitFor();
    });
  });

  it('finds nothing serious or critical in a right-to-left order', async () => {
    await scan('rtl', { endpoint: session.server.endpoint, locale: 'ar', ...order('W1001') }, async (opened) => {
      await opened.waitForEvent('status', { target: 'w', state: 'ready' });
      await opened.page.locator('#w [part~="root"][dir="rtl"] [part~="stepper"]').waitFor();
    });
  });
});
