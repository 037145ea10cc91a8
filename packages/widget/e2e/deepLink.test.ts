import { createAccessToken } from '@waypost/client/server';
import { describe, expect, it } from 'vitest';
import { scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('deep links', () => {
  const session = useBrowser();

  it('opens the order from ?waypost_token= in the page URL without showing the form', async () => {
    const { server } = session;
    const { token } = await createAccessToken({
      secret: server.secret,
      kind: 'order',
      id: 'ord_1003',
      ttlSeconds: 3600,
    });
    const url = server.page('/track', renderPage({ head: scriptTag(), body: tracker({ endpoint: server.endpoint }) }));
    const opened = await session.open();
    await opened.page.goto(`${url}?waypost_token=${token}`);
    await opened.page.locator('#w').getByRole('heading', { name: 'Order W1003' }).waitFor();
    const lookups = (await opened.events()).filter((event) => event.name === 'lookup');
    expect(lookups.map((event) => event.detail?.method)).toEqual(['token']);
    const states = (await opened.events())
      .filter((event) => event.name === 'status')
      .map((event) => event.detail?.state);
    expect(states).not.toContain('form');
  });

  it('asks for the order details when the link no longer verifies', async () => {
    const { server } = session;
    const { token } = await createAccessToken({ secret: server.secret, kind: 'order', id: 'ord_1003' });
    const tampered = `${token.slice(0, -4)}AAAA`;
    const url = server.page(
      '/track-expired',
      renderPage({ head: scriptTag(), body: tracker({ endpoint: server.endpoint }) }),
    );
    const opened = await session.open();
    await opened.page.goto(`${url}?waypost_token=${tampered}`);
    await opened.waitForEvent('status', { target: 'w', state: 'verification_failed' });
    const host = opened.page.locator('#w');
    await host.getByText('This link has expired. Enter your order details to continue.').waitFor();
    await expect(host.getByRole('textbox', { name: 'Order number' }).isVisible()).resolves.toBe(true);
  });
});
