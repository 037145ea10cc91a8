import { describe, expect, it } from 'vitest';
import type { ApiRequest } from './harness/createTestServer.js';
import { isStreamRequest as isStream } from './harness/isStreamRequest.js';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

const isLookup = (request: ApiRequest) => request.method === 'POST' && request.path.endsWith('/lookup');
const isCapabilities = (request: ApiRequest) => request.path.endsWith('/capabilities');
const STALE = 'Reconnecting… this may be out of date';
const ENDED = 'Live updates have stopped. Reload the page to see the latest.';

// One file (one Chromium, one storefront) for the requests a page makes and how its live updates recover.
describe('live requests', () => {
  const session = useBrowser();

  it('make one lookup, no capabilities call and one event stream for five widgets of one order', async () => {
    const { server } = session;
    const first = server.requests.length;
    const body = [1, 2, 3, 4, 5]
      .map((n) => tracker({ endpoint: server.endpoint, order: 'W1001', email: SHOPPER.email }, `w${n}`))
      .join('\n');
    const url = server.page('/five-widgets', renderPage({ head: scriptTag(), body }));
    const opened = await session.open();
    await opened.page.goto(url);
    for (const n of [1, 2, 3, 4, 5]) {
      await opened.page.locator(`#w${n}`).getByRole('heading', { name: 'Order W1001' }).waitFor();
    }
    const mine = () => server.requests.slice(first);
    await expect.poll(() => mine().filter(isStream).length, { timeout: 10_000 }).toBe(1);
    // The action bars (which read the capabilities) and live updates have settled: nothing else may follow.
    await opened.page.locator('#w5').getByText('Need help?').waitFor();
    await opened.page.waitForTimeout(700);
    const api = mine().map((request) => `${request.method} ${request.path.replace(/^\/api\/waypost/, '')}`);
    expect(api).toEqual(['POST /lookup', 'POST /stream']);
    expect(mine().find(isStream)?.records).toEqual(['order/ord_1001']);
    expect(mine().filter(isLookup)).toHaveLength(1);
    expect(mine().filter(isCapabilities)).toHaveLength(0);
  });

  it('load live.js from assetsUrl, like every other file, when the script is served alone', async () => {
    const { server } = session;
    const first = server.requests.length;
    const assets = server.assets.length;
    const body = tracker({
      endpoint: server.endpoint,
      order: 'W1001',
      email: SHOPPER.email,
      'assets-url': '/cdn/waypost/',
    });
    const url = server.page('/solo-script', renderPage({ head: scriptTag('defer', '/solo/waypost.js'), body }));
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.page.locator('#w').getByRole('heading', { name: 'Order W1001' }).waitFor();
    await expect.poll(() => server.requests.slice(first).filter(isStream).length, { timeout: 10_000 }).toBe(1);
    const loaded = server.assets.slice(assets).filter((path) => path.endsWith('.js'));
    expect(loaded).toContain('/cdn/waypost/live.js');
    expect(loaded).not.toContain('/solo/live.js');
  });

  it('tell the page when live.js cannot load, and keep the record on screen', async () => {
    const { server } = session;
    const body = tracker({ endpoint: server.endpoint, order: 'W1001', email: SHOPPER.email });
    const url = server.page('/no-live', renderPage({ head: scriptTag(), body }));
    const opened = await session.open();
    const logged: string[] = [];
    opened.page.on('console', (message) => {
      if (message.text().startsWith('[waypost]')) logged.push(message.text());
    });
    await opened.page.route('**/live.js', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await opened.page.goto(url);
    await opened.page.locator('#w').getByRole('heading', { name: 'Order W1001' }).waitFor();
    await opened.waitForEvent('error', {
      target: 'w',
      code: 'features_unavailable',
      message: '[waypost] could not load the "live" module',
    });
    expect(logged.some((line) => line.includes('could not load the "live" module'))).toBe(true);
    await expect(opened.page.locator('#w').getByRole('heading', { name: 'Order W1001' }).isVisible()).resolves.toBe(
      true,
    );
  });

  it('paint a lookup after one round trip: nothing else is asked before the lookup answers', async () => {
    const { server } = session;
    const first = server.requests.length;
    const body = tracker({ endpoint: server.slowEndpoint, order: 'W1002', email: SHOPPER.email });
    const url = server.page('/one-round-trip', renderPage({ head: scriptTag(), body }));
    const opened = await session.open();
    await opened.page.goto(url);
    const mine = () => server.requests.slice(first);
    await expect.poll(() => mine().length, { timeout: 10_000 }).toBe(1);
    // Held at the server: the page waits on this one request and sends nothing in parallel or ahead of it.
    await opened.page.waitForTimeout(500);
    expect(mine().map((request) => `${request.method} ${request.path}`)).toEqual(['POST /api/slow/lookup']);
    const heading = opened.page.locator('#w').getByRole('heading', { name: 'Order W1002' });
    await expect(heading.count()).resolves.toBe(0);
    server.release();
    await heading.waitFor();
    const lookup = mine()[0]!;
    const after = mine().slice(1);
    for (const request of after) expect(request.at).toBeGreaterThanOrEqual(lookup.closedAt ?? Number.NaN);
    expect(after.filter(isCapabilities)).toHaveLength(0);
    server.release();
  });
  it('survive a cut stream and an offline spell: stale and announced, reconnected with backoff, then cleared', async () => {
    const { server } = session;
    const first = server.requests.length;
    const body = tracker({ endpoint: server.endpoint, order: 'W1003', email: SHOPPER.email });
    const url = server.page('/stream-drop', renderPage({ head: scriptTag(), body }));
    const { page, context } = await session.open();
    await page.goto(url);
    const host = page.locator('#w');
    await host.getByRole('heading', { name: 'Order W1003' }).waitFor();
    const streams = () => server.requests.slice(first).filter(isStream);
    // Answered: a connection cut before its answer is sent again by the browser itself, and the page sees nothing.
    const open = () => streams().filter((request) => request.answered && !request.closed).length;
    await expect.poll(open, { timeout: 10_000 }).toBe(1);
    const stale = host.locator('[data-stale]');
    await expect(stale.count()).resolves.toBe(0);

    // The server cuts the stream, and holds the reopened one until the stale line has been seen (on a busy
    // machine the reopened stream could otherwise clear it before the test looks).
    server.holdStreams();
    const cut = performance.now();
    expect(server.dropStreams()).toBe(1);
    await stale.waitFor();
    await expect(stale.textContent()).resolves.toBe(STALE);
    await expect(host.locator('[role="status"]').textContent()).resolves.toBe(STALE);
    // The first retry waits 0.5–1 s: a failing server is not hammered.
    await expect.poll(() => streams().length, { timeout: 5_000 }).toBe(2);
    expect(streams()[1]!.at - cut).toBeGreaterThanOrEqual(450);
    server.release();
    await stale.waitFor({ state: 'detached' });
    expect(open()).toBe(1);

    // The page goes offline and the connection drops: no retry loop until the `online` event, then at once.
    await context.setOffline(true);
    server.dropStreams();
    await stale.waitFor();
    await page.waitForTimeout(1_500);
    expect(streams()).toHaveLength(2);
    await context.setOffline(false);
    await expect.poll(() => streams().length, { timeout: 1_000 }).toBe(3);
    await stale.waitFor({ state: 'detached' });
  });

  it('renew an expired access: the stream ends with its token, the order is looked up again, and a loop is refused', async () => {
    const { server } = session;
    const first = server.requests.length;
    const body = tracker({ endpoint: server.briefEndpoint, order: 'W1003', email: SHOPPER.email });
    const url = server.page('/token-expiry', renderPage({ head: scriptTag(), body }));
    const { page } = await session.open();
    await page.goto(url);
    const host = page.locator('#w');
    await host.getByRole('heading', { name: 'Order W1003' }).waitFor();
    const mine = () => server.requests.slice(first);
    // Tokens last 2 s here: the stream ends with its token, its reopening is refused, and the widget looks the
    // order up again with what the shopper typed, without leaving the order.
    await expect.poll(() => mine().filter(isLookup).length, { timeout: 10_000 }).toBe(2);
    const renewed = mine().filter(isLookup)[1]!;
    await expect
      .poll(() => mine().filter((request) => isStream(request) && request.at > renewed.at).length, { timeout: 5_000 })
      .toBeGreaterThan(0);
    // Between the two lookups: the shared stream, where the order ended with its token, and the order's own stream,
    // refused with a 401 that says why; not a retry loop against the 401. On a busy machine the shared stream can
    // open after the 2 s token has already expired; it then ends the order at once, the same way.
    const between = mine().filter((request) => isStream(request) && request.at < renewed.at);
    expect(between.map((request) => request.method)).toEqual(['POST', 'GET']);
    await expect(host.getByRole('heading', { name: 'Order W1003' }).count()).resolves.toBe(1);
    // Tokens that expire again within 5 s are not renewed in a loop: the view says live updates ended.
    const stale = host.locator('[data-stale]');
    await expect.poll(() => stale.textContent(), { timeout: 10_000 }).toBe(ENDED);
    const settled = mine().length;
    await page.waitForTimeout(2_500);
    expect(mine()).toHaveLength(settled);
    expect(mine().filter(isLookup)).toHaveLength(2);
  });
});
