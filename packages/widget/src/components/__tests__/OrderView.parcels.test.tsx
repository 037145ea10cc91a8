import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { within } from '@testing-library/preact';
import { normalizeShopifyOrder } from '@waypost/client/shopify';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';

// The real Shopify payloads kept beside the repository (third-party data: read in place, never copied). jsdom gives
// `import.meta.url` an http: URL; the files are read from disk.
const fixtures = join(import.meta.dirname, '../../../../../../shared/fixtures/shopify');
const present = existsSync(fixtures);
if (!present) console.warn('[waypost] ../shared/fixtures/shopify is absent: skipping the Shopify parcel view tests');
const read = (file: string) => JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Record<string, unknown>;

// The recorded order, its one fulfillment (the green iPod) shipped in three boxes.
function orderInThreeBoxes() {
  const payload = read('rest_order_with_fulfillments.json') as { order: Record<string, unknown> };
  const [fulfillment] = payload.order.fulfillments as Array<Record<string, unknown>>;
  const numbers = fulfillment!.tracking_numbers as string[];
  payload.order.fulfillments = [
    { ...fulfillment, status: 'success', tracking_numbers: [...numbers, '1Z1234512345123457', '1Z1234512345123458'] },
  ];
  const events = read('rest_fulfillment_events_list_in_transit.json');
  return normalizeShopifyOrder(payload, { fulfillmentEvents: { '255858046': events } });
}

describe.skipIf(!present)('OrderView of a Shopify fulfillment shipped in several boxes', () => {
  afterEach(() => document.body.replaceChildren());

  it('counts each box as a parcel, and each item once', async () => {
    const order = orderInThreeBoxes();
    const access = { token: 't', expiresAt: '2030-01-01T00:00:00.000Z' };
    const { root } = mountForTest({
      client: createTestClient(() => ({ kind: 'order', order, access })),
      token: 't',
      timeZone: 'UTC',
      locale: 'en',
    });
    await flush(4);
    const view = within(root.querySelector('.w') as HTMLElement);
    expect(view.getByText('0 of 3 delivered')).toBeTruthy();
    const cards = [...root.querySelectorAll('[part="shipment"]')];
    expect(cards.map((card) => card.textContent?.match(/Shipment \d of 3/)?.[0])).toEqual([
      'Shipment 1 of 3',
      'Shipment 2 of 3',
      'Shipment 3 of 3',
    ]);
    expect(cards.map((card) => card.textContent?.match(/1Z12345123451234\d\d/)?.[0])).toEqual([
      '1Z1234512345123456',
      '1Z1234512345123457',
      '1Z1234512345123458',
    ]);
    // Each box shows the fulfillment's one line (the green iPod); the lines on no parcel are listed once, apart.
    const variants = (list: Element) =>
      [...list.querySelectorAll('[part="item"] p.m')].map((line) => line.textContent?.split(' · ')[0]);
    expect(cards.map((card) => variants(card))).toEqual([['green'], ['green'], ['green']]);
    const apart = [...root.querySelectorAll('[part="items"]')].filter((list) => !list.closest('[part="shipment"]'));
    expect(apart.map(variants)).toEqual([['red', 'black']]);
    // Which box holds what is not known: each box heads the line as shipped in several parcels, so three boxes
    // each listing "Qty 1" do not read as three of it; the lines on no parcel keep the plain heading.
    const heading = (list: Element) => list.closest('section')?.querySelector('h4')?.textContent;
    expect(cards.map((card) => heading(card.querySelector('[part="items"]')!))).toEqual([
      'Items, shipped in several parcels',
      'Items, shipped in several parcels',
      'Items, shipped in several parcels',
    ]);
    expect(apart.map(heading)).toEqual(['Items']);
  });
});
