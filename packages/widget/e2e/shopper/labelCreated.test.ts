import { describe, expect, it } from 'vitest';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';
import { openOrder } from './openOrder.js';

describe('an order with only a shipping label', () => {
  const session = useBrowser();

  it('says "Label created — waiting for the carrier" and never marks the Shipped step', async () => {
    const { host } = await openOrder(session, 'W1008');

    await expect(host.locator('[part~="headline"]').textContent()).resolves.toBe(
      'Label created — waiting for the carrier',
    );
    const steps = await host.locator('[part~="stepper"] li').allTextContents();
    expect(steps.join(' | ')).not.toContain('Shipped');
    await expect(host.locator('[aria-current="step"]').textContent()).resolves.toBe('Label created, Current step');
    await saveShot(host.locator('[part~="shipment"]'), 'label-created');
  });
});
