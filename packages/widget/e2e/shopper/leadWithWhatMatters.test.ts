import { describe, expect, it } from 'vitest';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';
import { openOrder } from './openOrder.js';

describe('an order view that leads with what the shopper came for', () => {
  const session = useBrowser();

  const open = (order: string) => openOrder(session, order);

  /** The `part` of each record card in the order they appear. */
  const cardOrder = (page: import('playwright-core').Page) =>
    page.evaluate(() =>
      [
        ...document
          .querySelector('#w')!
          .shadowRoot!.querySelectorAll('[part~="shipment"], [part~="return"], [part~="exchange"]'),
      ].map((card) => card.getAttribute('part')),
    );

  it('sums a multi-parcel order up and puts the parcel needing action first', async () => {
    const { page } = await open('W1004');
    const host = page.locator('#w');
    await expect(host.locator('[part~="order-progress"]').textContent()).resolves.toBe(
      '1 of 3 delivered · 1 needs your action',
    );
    const first = host.locator('[part~="shipment"]').first();
    await expect(first.textContent()).resolves.toContain('776218344522');
    await expect(first.textContent()).resolves.toContain('Shipment 3 of 3');
    await saveShot(host.locator('[part~="root"] > div > .s > div').first(), 'multi-parcel-summary');
  });

  it('leads with an open return, ahead of the delivered parcel it came from', async () => {
    const { page } = await open('W1005');
    expect((await cardOrder(page))[0]).toBe('return');
  });

  it('leads with an open exchange', async () => {
    const { page } = await open('W1006');
    expect((await cardOrder(page))[0]).toBe('exchange');
  });
});
