import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('locale catalogs', () => {
  const session = useBrowser();

  it("loads a catalog from beside the script's own URL, not the page's", async () => {
    const { server } = session;
    const url = server.page(
      '/shop/orders/track',
      renderPage({
        head: scriptTag('defer', '/cdn/waypost/waypost.js'),
        body: tracker({ endpoint: server.endpoint, locale: 'es' }),
      }),
    );
    const opened = await session.open();
    await opened.page.goto(url);
    await opened.page.locator('#w').getByRole('heading', { name: 'Sigue tu pedido' }).waitFor();
    expect(server.assets.filter((path) => path.includes('/locales/'))).toEqual(['/cdn/waypost/locales/es.js']);
  });

  it('takes the locale from <html lang>, reports it in waypost:ready and sends it as Accept-Language', async () => {
    const { server } = session;
    const url = server.page(
      '/lang-es',
      renderPage({
        lang: 'es-MX',
        head: scriptTag(),
        body: tracker({ endpoint: server.endpoint, order: 'W1001', email: SHOPPER.email }),
      }),
    );
    const opened = await session.open({ locale: 'de-DE' });
    const sent = server.requests.length;
    await opened.page.goto(url);
    await opened.page.locator('#w').getByRole('heading', { name: 'Pedido W1001' }).waitFor();
    const lookup = server.requests.slice(sent).find((request) => request.path.endsWith('/lookup'));
    const ready = (await opened.events()).find((event) => event.name === 'ready');
    expect({ acceptLanguage: lookup?.language, readyLocale: ready?.detail?.locale }).toEqual({
      acceptLanguage: expect.stringMatching(/^es\b/),
      readyLocale: 'es',
    });
  });

  it('falls back to navigator.languages, then to English', async () => {
    const { server } = session;
    const url = server.page(
      '/lang-none',
      renderPage({ lang: '', head: scriptTag(), body: tracker({ endpoint: server.endpoint }) }),
    );
    const spanish = await session.open({ locale: 'es-AR' });
    await spanish.page.goto(url);
    await spanish.page.locator('#w').getByRole('heading', { name: 'Sigue tu pedido' }).waitFor();
    const unsupported = await session.open({ locale: 'tlh' });
    await unsupported.page.goto(url);
    await unsupported.waitForEvent('ready', { target: 'w' });
    await unsupported.page.locator('#w').getByRole('heading', { name: 'Track your order' }).waitFor();
  });
});
