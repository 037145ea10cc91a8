import { describe, expect, it } from 'vitest';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';
import { openOrder } from './openOrder.js';

describe('exception and delay banners', () => {
  const session = useBrowser();

  const open = (order: string) => openOrder(session, order, { viewport: { width: 640, height: 900 } });

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
    // The store's words sit in a bidi isolate (U+2068 … U+2069), which is drawn as nothing.
    const text = (await banner.textContent())?.replace(/[\u2068\u2069]/g, '');
    expect(text).toContain(
      'Delayed: A backlog at the sort facility in Oakland, CA is holding parcels for an extra day.',
    );
  });
});
