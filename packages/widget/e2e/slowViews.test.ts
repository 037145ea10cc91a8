import { describe, expect, it, vi } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

/** What a host sees in its `waypost:status` listener when the state is `ready`. */
interface SeenAtReady {
  heading: string | null;
  skeleton: boolean;
  spoken: string;
}

describe('a record whose views arrive after the answer (result.js served late)', () => {
  const session = useBrowser();

  it('keeps the skeleton until they are in, then says ready with the order already on screen and in the live region', async () => {
    const values = { endpoint: session.server.endpoint, order: 'W1001', email: SHOPPER.email };
    const url = session.server.page('/slow-views', renderPage({ head: scriptTag(), body: tracker(values) }));
    const opened = await session.open();
    await opened.page.route('**/result.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    // A host that acts on `ready`: it reads the widget right in its listener.
    await opened.page.addInitScript(() => {
      document.addEventListener('waypost:status', (event) => {
        const { state } = (event as CustomEvent<{ state: string }>).detail;
        const root = (event.target as Element).shadowRoot;
        if (state !== 'ready' || !root) return;
        (window as unknown as { seenAtReady: SeenAtReady }).seenAtReady = {
          heading: root.querySelector('[part~="heading"]')?.textContent ?? null,
          skeleton: root.querySelector('.sk') !== null,
          spoken: root.querySelector('[role="status"]')?.textContent ?? '',
        };
      });
    });
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    await host.locator('.sk').first().waitFor();
    await vi.waitFor(() =>
      expect(session.server.requests.some((request) => request.path.endsWith('/lookup') && request.closed)).toBe(true),
    );
    await opened.page.waitForTimeout(300);
    // The answer is in, the views are not (1.2 s to go): still loading, nothing said yet.
    await expect(host.locator('.sk').count()).resolves.toBeGreaterThan(0);
    expect((await opened.events()).filter((event) => event.name === 'status').map((event) => event.detail)).toEqual([
      expect.objectContaining({ state: 'loading' }),
    ]);
    await opened.waitForEvent('status', { target: 'w', state: 'ready' });
    const seen = await opened.page.waitForFunction(
      () => (window as unknown as { seenAtReady?: SeenAtReady }).seenAtReady,
    );
    expect(await seen.jsonValue()).toEqual({
      heading: 'Order W1001',
      skeleton: false,
      spoken: expect.stringMatching(/^Order W1001: Arriving /),
    });
  });
});
