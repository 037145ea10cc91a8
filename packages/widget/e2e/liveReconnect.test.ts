import { describe, expect, it } from 'vitest';
import type { ApiRequest } from './harness/createTestServer.js';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

const isStream = (request: ApiRequest) => request.path.includes('/stream/');
const STALE = 'Reconnecting… this may be out of date';

describe('live updates after a network drop', () => {
  const session = useBrowser();

  const openTracked = async (path: string, order: string) => {
    const { server } = session;
    const first = server.requests.length;
    const url = server.page(
      path,
      renderPage({ head: scriptTag(), body: tracker({ endpoint: server.endpoint, order, email: SHOPPER.email }) }),
    );
    const opened = await session.open();
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    await host.getByRole('heading', { name: `Order ${order}` }).waitFor();
    const streams = () => server.requests.slice(first).filter(isStream);
    await expect.poll(() => streams().filter((request) => !request.closed).length, { timeout: 10_000 }).toBe(1);
    return { ...opened, host, streams };
  };

  it('shows a stale, announced state when the server cuts the stream, reopens it with backoff and clears it', async () => {
    const { host, streams } = await openTracked('/stream-cut', 'W1003');
    const stale = host.locator('[data-stale]');
    await expect(stale.count()).resolves.toBe(0);
    expect(session.server.dropStreams()).toBe(1);
    await stale.waitFor();
    await expect(stale.textContent()).resolves.toBe(STALE);
    await expect(host.locator('[role="status"]').textContent()).resolves.toBe(STALE);
    // The first retry comes after 0.5–1 s, not at once: the server is not hammered.
    expect(streams()).toHaveLength(1);
    await expect.poll(() => streams().length, { timeout: 5_000 }).toBe(2);
    await stale.waitFor({ state: 'detached' });
    expect(streams().filter((request) => !request.closed)).toHaveLength(1);
  });

  it('waits while the page is offline and reconnects as soon as it is back online', async () => {
    const { context, host, streams } = await openTracked('/offline-online', 'W1004');
    const stale = host.locator('[data-stale]');
    await context.setOffline(true);
    session.server.dropStreams();
    await stale.waitFor();
    // Offline: no retry loop against a network that is not there.
    await host.page().waitForTimeout(2_000);
    expect(streams()).toHaveLength(1);
    await context.setOffline(false);
    await expect.poll(() => streams().length, { timeout: 3_000 }).toBe(2);
    await stale.waitFor({ state: 'detached' });
  });
});
