import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';

describe('exception and delay banners', () => {
  const session = useBrowser();

  const open = async (order: string) => {
    const { server } = session;
    const body = tracker({ endpoint: server.endpoint, order, email: SHOPPER.email });
    const url = server.page(`/banner-${order}`, renderPage({ head: scriptTag(), body }));
    const opened = await session.open({ viewport: { width: 640, height: 900 } });
    await opened.page.goto(url);
    await opened.page
      .locator('#w')
      .getByRole('heading', { name: `Order ${order}` })
      .waitFor();
    return opened;
  };

  it('says the carrier’s cause and links the next step the source offers, not a generic problem', async () => {
    const { page } = await open('W1004');
    const banner = page
      .locator('#w [part~="shipment"]')
      .filter({ hasText: '776218344522' })
      .locator('[part~="banner"]');
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('Action needed: The address is missing an apartment or suite number.');
    expect(text).not.toContain('There’s a problem');
    const link = banner.getByRole('link', { name: /Add your apartment or suite number with FedEx/ });
    await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\/www\.fedex\.com\//);
    await expect(link.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await saveShot(banner, 'exception-cause');
  });

  it('names the reason of a delay', async () => {
    const { page } = await open('W1002');
    const banner = page.locator('#w [part~="shipment"] [part~="banner"]');
    await expect(banner.textContent()).resolves.toContain(
      'Delayed: A backlog at the sort facility in Oakland, CA is holding parcels for an extra day.',
    );
  });
});
