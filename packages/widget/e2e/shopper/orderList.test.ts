import { createAccessToken } from '@waypost/client/server';
import { describe, expect, it } from 'vitest';
import { isStreamRequest } from '../harness/isStreamRequest.js';
import { dataHost, scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import { formatFindings, runAxe } from '../harness/runAxe.js';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';

const ORDERS = ['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008'];
const EXPIRED = 'This order’s link has expired. Reload the page to see it.';

describe('the order list (tokens)', () => {
  const session = useBrowser();

  /** A signed token for demo order `n`; `expired` mints one whose lifetime ended yesterday. */
  const tokenFor = async (n: string, expired = false) =>
    (
      await createAccessToken({
        secret: session.server.secret,
        kind: 'order',
        id: `ord_${n}`,
        ...(expired ? { now: Date.now() - 86_400_000, ttlSeconds: 60 } : {}),
      })
    ).token;

  /** An account page: one tracker in list mode with a signed token for each demo order. */
  async function openList(locale?: string) {
    const { server } = session;
    const tokens = await Promise.all(
      ORDERS.map(
        async (n) => (await createAccessToken({ secret: server.secret, kind: 'order', id: `ord_${n}` })).token,
      ),
    );
    const body = tracker({ endpoint: server.endpoint, tokens: tokens.join(' '), live: 'false', locale });
    const url = server.page(`/account-${locale ?? 'en'}`, renderPage({ head: scriptTag(), body }));
    const opened = await session.open({ viewport: { width: 640, height: 900 } });
    const requests: string[] = [];
    opened.page.on('request', (request) => requests.push(request.url()));
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    const list = host.getByRole('list');
    await list.getByRole('button', { name: /W1008/ }).waitFor();
    return { ...opened, host, list, requests };
  }

  it('shows one button per order named with its number, status and date, each opening its tracker in place', async () => {
    const { host, list, requests, page } = await openList();

    await expect(list.getAttribute('aria-label')).resolves.toBe('Your orders');
    const names = await list.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent));
    expect(names).toHaveLength(8);
    expect(names[0]).toMatch(/^Order W1001In transitPlaced /);
    expect(names[2]).toMatch(/^Order W1003DeliveredPlaced /);
    expect(names[7]).toMatch(/^Order W1008Label createdPlaced /);
    // An order with an open return or exchange leads with it, as its own view does.
    expect(names[4]).toMatch(/^Order W1005Return RMA-58213 · On its way backPlaced /);
    expect(names[5]).toMatch(/^Order W1006Exchange · Replacement shippedPlaced /);
    // The tokens travel in request bodies: no page or API URL carries an order number or an email.
    expect(requests.filter((url) => /W100|%40|@/.test(url))).toEqual([]);
    const findings = await runAxe(page);
    expect(findings, `axe findings in the order list:\n${formatFindings(findings)}`).toEqual([]);
    await saveShot(host, 'order-list');

    // A line opens the full tracker in place; going back puts focus on the same line.
    await list.getByRole('button', { name: /Order W1002/ }).click();
    await host.getByRole('heading', { name: 'Order W1002' }).waitFor();
    await expect(host.getByRole('list', { name: 'Your orders' }).count()).resolves.toBe(0);

    await host.getByRole('button', { name: 'Back to your orders' }).click();
    const again = host.getByRole('button', { name: /Order W1002/ });
    await again.waitFor();
    await expect(
      again.evaluate((button) => (button.getRootNode() as ShadowRoot).activeElement === button),
    ).resolves.toBe(true);
  });

  it('words no line before the result views’ text is in, however fast the answers are', async () => {
    const { server } = session;
    const tokens = await Promise.all(ORDERS.slice(0, 3).map((n) => tokenFor(n)));
    const body = tracker({ endpoint: server.endpoint, tokens: tokens.join(' '), live: 'false' });
    const url = server.page('/account-slow-views', renderPage({ head: scriptTag(), body }));
    const { page } = await session.open({ viewport: { width: 640, height: 900 } });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/result.js', async (route) => {
      await held;
      await route.continue();
    });
    const answered = () =>
      server.requests.filter((request) => request.path.endsWith('/lookup') && request.closed).length;
    const before = answered();
    await page.goto(url);
    const list = page.locator('#w').getByRole('list');
    await expect.poll(() => answered() - before).toBe(3);
    await page.waitForTimeout(300);
    // The answers are in, the views' text is not: every line still says it is loading, none shows a message key.
    await expect(list.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent))).resolves.toEqual(
      ['Loading…', 'Loading…', 'Loading…'],
    );
    release();
    await expect
      .poll(() => list.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.textContent)))
      .toEqual([
        expect.stringMatching(/^Order W1001In transitPlaced /),
        // W1002 runs late: its line says so, as its view does.
        expect.stringMatching(/^Order W1002DelayedPlaced /),
        expect.stringMatching(/^Order W1003DeliveredPlaced /),
      ]);
  });

  it('speaks the shopper’s language', async () => {
    const { list } = await openList('de');

    // The catalog loads beside the list: wait for it rather than for the first paint.
    await expect.poll(() => list.getAttribute('aria-label'), { timeout: 10_000 }).toBe('Ihre Bestellungen');
    await expect(list.getByRole('button', { name: /W1003/ }).textContent()).resolves.toMatch(/Zugestellt/);
  });

  it('links each line to the host’s order page with only its token, and gives a refused token its own error', async () => {
    const { server } = session;
    const [first, expired, third] = await Promise.all([tokenFor('1001'), tokenFor('1002', true), tokenFor('1003')]);
    // A `[data-waypost]` host with `data-tokens` and `data-order-url`; beside it, a tracker whose template is refused.
    const body = [
      dataHost({
        endpoint: server.endpoint,
        tokens: `${first} ${expired} ${third}`,
        'order-url': '/account/orders/{token}',
        live: 'false',
      }),
      tracker({ endpoint: server.endpoint, tokens: first, 'order-url': 'javascript:alert(1)//{token}', live: 'false' }),
    ].join('\n');
    const url = server.page('/account-links', renderPage({ head: scriptTag(), body }));
    const opened = await session.open({ viewport: { width: 640, height: 900 } });
    const requests: string[] = [];
    opened.page.on('request', (request) => requests.push(request.url()));
    await opened.page.goto(url);
    const host = opened.page.locator('#d');
    const list = host.getByRole('list', { name: 'Your orders' });
    await list.getByRole('link', { name: /Order W1003/ }).waitFor();

    const links = await list
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((a) => [a.textContent?.slice(0, 11), a.getAttribute('href')]));
    expect(links).toEqual([
      ['Order W1001', `${server.origin}/account/orders/${encodeURIComponent(first)}`],
      ['Order W1003', `${server.origin}/account/orders/${encodeURIComponent(third)}`],
    ]);
    // The refused token's line says so in place of its order, and offers nothing to open.
    const refused = list.locator(`[data-token="${expired}"]`);
    await expect.poll(() => refused.textContent(), { timeout: 10_000 }).toBe(EXPIRED);
    await expect(refused.evaluate((node) => node.tagName)).resolves.toBe('P');
    await opened.waitForEvent('error', { target: 'd', code: 'verification_failed' });
    await expect(list.getByRole('button').count()).resolves.toBe(0);
    expect(requests.filter((address) => /W100|%40|@/.test(address))).toEqual([]);
    await saveShot(host, 'order-list-links');

    // A template with another scheme is refused: reported, and its lines open in place.
    await opened.waitForEvent('error', { target: 'w', code: 'invalid_option' });
    expect(opened.console.filter((line) => line.startsWith('warning: [waypost] the `orderUrl` option'))).toHaveLength(
      1,
    );
    const other = opened.page.locator('#w').getByRole('list', { name: 'Your orders' });
    await other.getByRole('button', { name: /Order W1001/ }).waitFor();
    await expect(other.getByRole('link').count()).resolves.toBe(0);
    const findings = await runAxe(opened.page);
    expect(findings, `axe findings in the linked list:\n${formatFindings(findings)}`).toEqual([]);
  });

  it('keeps a long live list on one event stream, so the page’s other requests to the host still go through', async () => {
    const { server } = session;
    const tokens = await Promise.all(ORDERS.map((n) => tokenFor(n)));
    const body = tracker({ endpoint: server.endpoint, tokens: tokens.join(' ') });
    const url = server.page('/account-long', renderPage({ head: scriptTag(), body }));
    const opened = await session.open({ viewport: { width: 640, height: 900 } });
    const before = server.requests.length;
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    const list = host.getByRole('list', { name: 'Your orders' });
    await list.getByRole('button', { name: /Order W1008/ }).waitFor();
    const openStreams = () =>
      server.requests.slice(before).filter((request) => isStreamRequest(request) && !request.closed);
    const carried = () => openStreams().map((request) => [request.method, ...(request.records ?? []).sort()]);
    const all = ORDERS.map((n) => `order/ord_${n}`);
    await expect.poll(carried, { timeout: 10_000 }).toEqual([['POST', ...all]]);

    // A browser opens six HTTP/1.1 connections per host: with a stream per line, eight would hold all six and this
    // request would wait for one of them to end.
    const status = await opened.page.evaluate(async (endpoint) => {
      const signal = AbortSignal.timeout(5_000);
      return fetch(`${endpoint}/capabilities`, { signal, cache: 'no-store' }).then(
        (response) => response.status,
        () => 'still waiting after 5 s',
      );
    }, server.endpoint);
    expect(status).toBe(200);
    // The lines join the stream together once every lookup has answered: it opened once for all eight.
    const opens = server.requests.slice(before).filter(isStreamRequest).length;
    expect(opens).toBe(1);

    // Lines that go leave the stream as it is: no reopening for them.
    await host.evaluate((element, kept) => element.setAttribute('tokens', kept), tokens.slice(4).join(' '));
    await list.getByRole('button', { name: /Order W1001/ }).waitFor({ state: 'detached' });
    await opened.page.waitForTimeout(300);
    expect(carried()).toEqual([['POST', ...all]]);
    expect(server.requests.slice(before).filter(isStreamRequest)).toHaveLength(opens);

    // An order opened in place streams alone (the lines' watches stop while it is open).
    await list.getByRole('button', { name: /Order W1008/ }).click();
    await host.getByRole('heading', { name: 'Order W1008' }).waitFor();
    await expect.poll(carried).toEqual([['POST', 'order/ord_1008']]);
  });

  it('keeps each line current, and adds or removes lines when tokens change without touching the others', async () => {
    const { server } = session;
    const [first, second, third] = await Promise.all(['1001', '1002', '1003'].map((n) => tokenFor(n)));
    // W1001 changes on the server while its line is shown: a real record, delivered.
    const read = await fetch(`${server.endpoint}/orders/ord_1001`, { headers: { authorization: `Bearer ${first}` } });
    const record = (await read.json()) as { order: { status: { milestone: string } } };
    record.order.status.milestone = 'delivered';
    const body = tracker({ endpoint: server.endpoint, tokens: `${first} ${second}` });
    const url = server.page('/account-live', renderPage({ head: scriptTag(), body }));
    const opened = await session.open({ viewport: { width: 640, height: 900 } });
    const before = server.requests.length;
    await opened.page.goto(url);
    const list = opened.page.locator('#w').getByRole('list', { name: 'Your orders' });
    const line = (order: string) => list.getByRole('button', { name: new RegExp(`Order ${order}`) });
    await line('W1002').waitFor();
    await expect(line('W1001').textContent()).resolves.toMatch(/^Order W1001In transit/);

    // Both lines on the one stream, then the change pushed through it.
    const carried = () =>
      server.requests
        .slice(before)
        .filter((request) => isStreamRequest(request) && !request.closed)
        .map((request) => (request.records ?? []).sort());
    await expect.poll(carried, { timeout: 10_000 }).toEqual([['order/ord_1001', 'order/ord_1002']]);
    server.emit('order', 'ord_1001', record);
    await expect.poll(() => line('W1001').textContent(), { timeout: 10_000 }).toMatch(/^Order W1001Delivered/);

    // W1001 goes, W1003 comes: W1002's line stays the same node, and the stream carries W1002 and W1003.
    const kept = await line('W1002').elementHandle();
    await opened.page
      .locator('#w')
      .evaluate((element, tokens) => element.setAttribute('tokens', tokens), `${second} ${third}`);
    await line('W1003').waitFor();
    await expect(line('W1001').count()).resolves.toBe(0);
    await expect(
      kept?.evaluate((node) => node.isConnected && node.textContent?.startsWith('Order W1002')),
    ).resolves.toBe(true);
    await expect.poll(carried, { timeout: 10_000 }).toEqual([['order/ord_1002', 'order/ord_1003']]);
  });
});
