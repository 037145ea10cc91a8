import { describe, expect, it } from 'vitest';
import { loadImages } from './harness/loadImages.js';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

const POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";

describe('a page with a strict Content-Security-Policy', () => {
  const session = useBrowser();

  it('logs no violation through the form, validation, a failed lookup and a loaded catalog', async () => {
    const { server } = session;
    const body = `${tracker({ endpoint: server.endpoint })}\n${tracker({ endpoint: server.endpoint, locale: 'es' }, 'es')}`;
    const url = server.page('/csp-form', {
      html: renderPage({ head: scriptTag(), body }),
      headers: { 'content-security-policy': POLICY },
    });
    const opened = await session.open();
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    await host.getByRole('button', { name: 'Track' }).click();
    await host.getByRole('textbox', { name: 'Order number' }).fill('W9999');
    await host.getByRole('textbox', { name: 'Email' }).fill(SHOPPER.email);
    await host.getByRole('button', { name: 'Track' }).click();
    await opened.waitForEvent('status', { target: 'w', state: 'not_found' });
    await opened.waitForEvent('ready', { target: 'es' });
    await opened.page.locator('#es').getByRole('heading', { name: 'Sigue tu pedido' }).waitFor();

    const styled = await opened.page.evaluate(
      () => document.querySelector('#w')?.shadowRoot?.adoptedStyleSheets.length,
    );
    expect(styled, 'the widget is styled by adopted stylesheets').toBeGreaterThan(0);
    expect(await opened.violations()).toEqual([]);
  });

  it("logs no violation showing orders whose images load under img-src 'self'", async () => {
    const { server } = session;
    const body = tracker({ endpoint: server.endpoint, order: 'W1004', email: SHOPPER.email });
    const url = server.page('/csp-images', {
      html: renderPage({ head: scriptTag(), body }),
      headers: { 'content-security-policy': `${POLICY}; img-src 'self'` },
    });
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.page.locator('#w').getByRole('heading', { name: 'Order W1004' }).waitFor();
    const images = await loadImages(opened.page, '#w');
    expect(images.length, 'line items show their images').toBeGreaterThan(0);
    expect(images.every((width) => width > 0)).toBe(true);
    expect(await opened.violations()).toEqual([]);
  });
});
