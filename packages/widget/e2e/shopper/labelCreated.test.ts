import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';

describe('an order with only a shipping label', () => {
  const session = useBrowser();

  it('says "Label created — waiting for the carrier" and never marks the Shipped step', async () => {
    const { server } = session;
    const body = tracker({ endpoint: server.endpoint, order: 'W1008', email: SHOPPER.email });
    const url = server.page('/label-created', renderPage({ head: scriptTag(), body }));
    const opened = await session.open({ viewport: { width: 390, height: 900 } });
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    await host.getByRole('heading', { name: 'Order W1008' }).waitFor();

    await expect(host.locator('[part~="headline"]').textContent()).resolves.toBe(
      'Label created — waiting for the carrier',
    );
    const steps = await host.locator('[part~="stepper"] li').allTextContents();
    expect(steps.join(' | ')).not.toContain('Shipped');
    await expect(host.locator('[aria-current="step"]').textContent()).resolves.toBe('Label created, Current step');
    await saveShot(host.locator('[part~="shipment"]'), 'label-created');
  });
});
