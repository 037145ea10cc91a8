import { describe, expect, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { openOrder } from './openOrder.js';

const TIME = /\d{1,2}:\d{2}\s?[AP]M/g;

describe('an out-for-delivery window', () => {
  const session = useBrowser();

  it('shows its start and end times in the headline and in the estimate, not only its days', async () => {
    const { host } = await openOrder(session, 'W1004', { viewport: { width: 1280, height: 900 } });
    const parcel = host.locator('[part~="shipment"]').filter({ hasText: '1ZW4P7820373515226' });
    await parcel.waitFor();

    const headline = (await parcel.locator('[part~="headline"]').textContent()) ?? '';
    expect(headline.match(TIME), headline).toHaveLength(2);
    const estimate = (await parcel.locator('dt:text("Estimated delivery") + dd').textContent()) ?? '';
    expect(estimate.match(TIME), estimate).toHaveLength(2);
  });
});
