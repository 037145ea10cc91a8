import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import { useBrowser } from '../harness/useBrowser.js';

const TIME = /\d{1,2}:\d{2}\s?[AP]M/g;

describe('an out-for-delivery window', () => {
  const session = useBrowser();

  it('shows its start and end times in the headline and in the estimate, not only its days', async () => {
    const { server } = session;
    const body = tracker({ endpoint: server.endpoint, order: 'W1004', email: SHOPPER.email });
    const url = server.page('/delivery-window', renderPage({ head: scriptTag(), body }));
    const opened = await session.open({ viewport: { width: 1280, height: 900 } });
    await opened.page.goto(url);
    const parcel = opened.page.locator('#w [part~="shipment"]').filter({ hasText: '1ZW4P7820373515226' });
    await parcel.waitFor();

    const headline = (await parcel.locator('[part~="headline"]').textContent()) ?? '';
    expect(headline.match(TIME), headline).toHaveLength(2);
    const estimate = (await parcel.locator('dt:text("Estimated delivery") + dd').textContent()) ?? '';
    expect(estimate.match(TIME), estimate).toHaveLength(2);
  });
});
