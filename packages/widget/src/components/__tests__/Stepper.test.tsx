import { within } from '@testing-library/preact';
import type { Milestone } from '@waypost/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';
import { sampleOrderResult, sampleShipment } from '../../__tests__/sampleResult.js';

async function stepper(milestone: Milestone, direction: 'outbound' | 'return' = 'outbound') {
  const shipment = sampleShipment({ status: { ...sampleShipment().status, milestone }, direction });
  const { root } = mountForTest({ client: createTestClient(() => sampleOrderResult([shipment])), token: 't' });
  await flush();
  return root.querySelector('ol[part="stepper"]') as HTMLOListElement;
}

describe('Stepper', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('is an ordered list with exactly one aria-current="step"', async () => {
    for (const milestone of [
      'ordered',
      'processing',
      'label_created',
      'in_transit',
      'out_for_delivery',
      'delivered',
    ] as const) {
      const list = await stepper(milestone);
      expect(list.tagName).toBe('OL');
      expect(list.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
    }
  });

  it('starts a parcel coming back at its label: a return was never ordered', async () => {
    const items = [...(await stepper('label_created', 'return')).querySelectorAll('li')].map(
      (item) => item.textContent,
    );
    expect(items).toEqual([
      'Label created, Current step',
      'In transit, Not yet',
      'Out for delivery, Not yet',
      'Delivered, Not yet',
    ]);
    const moving = [...(await stepper('in_transit', 'return')).querySelectorAll('li')].map((item) => item.textContent);
    expect(moving[1]).toBe('In transit, Current step');
  });

  it('says in text which steps are completed, current and upcoming', async () => {
    const items = [...(await stepper('in_transit')).querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual([
      'Ordered, Completed',
      'Shipped, Completed',
      'In transit, Current step',
      'Out for delivery, Not yet',
      'Delivered, Not yet',
    ]);
  });

  it('names the second step "Label created", not "Shipped", while only a label exists', async () => {
    const current = (await stepper('label_created')).querySelector('[aria-current="step"]');
    expect(current?.textContent).toBe('Label created, Current step');
  });

  it('marks the delivered step both current and completed', async () => {
    const list = await stepper('delivered');
    const current = list.querySelector('[aria-current="step"]') as HTMLElement;
    expect(within(current).getByText(', Completed')).toBeTruthy();
    expect(current.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
