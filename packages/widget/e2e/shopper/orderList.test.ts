import { createAccessToken } from '@waypost/client/server';
import { describe, expect, it } from 'vitest';
import { scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import { formatFindings, runAxe } from '../harness/runAxe.js';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';

const ORDERS = ['1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008'];

describe('the order list (tokens)', () => {
  const session = useBrowser();

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

  it('speaks the shopper’s language', async () => {
    const { list } = await openList('de');

    // The catalog loads beside the list: wait for it rather than for the first paint.
    await expect.poll(() => list.getAttribute('aria-label'), { timeout: 10_000 }).toBe('Ihre Bestellungen');
    await expect(list.getByRole('button', { name: /W1003/ }).textContent()).resolves.toMatch(/Zugestellt/);
  });
});
