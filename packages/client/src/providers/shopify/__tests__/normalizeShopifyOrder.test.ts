import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { parseModel } from '../../../model/parseModel.js';
import { orderSchema } from '../../../model/schemas/orderSchema.js';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { normalizeShopifyOrder } from '../normalizeShopifyOrder.js';
import { sampleShopifyOrder } from './sampleShopifyOrder.js';
import { sampleShopifyReturn } from './sampleShopifyReturn.js';
import { shippedInParcels } from './shippedInParcels.js';

const present = hasFixtures('shopify');
if (!present) console.warn(getSkipMessage('shopify'));

describe('normalizeShopifyOrder', () => {
  it.skipIf(!present)("leaves out Shopify's order status link, whose key opens the shopper's details", () => {
    const payload = readFixture('shopify', 'rest_order_with_fulfillments.json') as {
      order: { order_status_url: string; token: string };
    };
    const { order_status_url: statusUrl, token } = payload.order;
    expect(statusUrl).toMatch(/\/authenticate\?key=/);
    const order = normalizeShopifyOrder(payload);
    expect(order.links).toEqual({});
    const text = JSON.stringify(order);
    for (const secret of [statusUrl, new URL(statusUrl).searchParams.get('key') as string, token]) {
      expect(text).not.toContain(secret);
    }
  });

  it('maps an order to a valid order without its contact data', () => {
    const order = parseModel(orderSchema, normalizeShopifyOrder(sampleShopifyOrder()), 'order');
    expect(order).toMatchObject({
      id: '820982911946154500',
      number: '#W1001',
      placedAt: { kind: 'instant', raw: '2025-07-01T10:00:05-04:00' },
      total: { amount: 89.5, currency: 'CAD' },
      customerFirstName: 'Ada',
      links: {},
      items: [
        {
          id: '1',
          title: 'Rain jacket',
          variant: 'Blue / M',
          sku: 'RJ-B-M',
          quantity: 1,
          price: { amount: 69.5, currency: 'CAD' },
        },
        { id: '2', title: 'Wool socks', quantity: 2, price: { amount: 10, currency: 'CAD' } },
      ],
    });
    expect(JSON.stringify(order)).not.toMatch(/example\.com|Lovelace|K2P|Main St|4155550100/i);
  });

  it('leaves cancelled fulfillments out and waits for the unshipped item', () => {
    const order = normalizeShopifyOrder(sampleShopifyOrder());
    expect(order.shipments.map((shipment) => shipment.id)).toEqual(['11']);
    expect(order.status).toEqual({ milestone: 'processing', exception: null });
  });

  it('tells ordered from processing with the fulfillment orders', () => {
    const open = {
      fulfillment_orders: [
        { id: 1, status: 'closed' },
        { id: 2, status: 'open' },
      ],
    };
    expect(normalizeShopifyOrder(sampleShopifyOrder(), { fulfillmentOrders: open }).status.milestone).toBe('ordered');
    const picking = { fulfillment_orders: [{ id: 2, status: 'in_progress' }] };
    expect(normalizeShopifyOrder(sampleShopifyOrder(), { fulfillmentOrders: picking }).status.milestone).toBe(
      'processing',
    );
  });

  it('follows its shipments once everything shipped, and flags a cancelled order', () => {
    const shipped = sampleShopifyOrder();
    const lines = (shipped.order as { line_items: Array<Record<string, unknown>> }).line_items;
    for (const line of lines) line.fulfillable_quantity = 0;
    expect(normalizeShopifyOrder(shipped).status).toEqual({ milestone: 'in_transit', exception: null });
    expect(
      normalizeShopifyOrder(sampleShopifyOrder({ cancelled_at: '2025-07-02T09:00:00-04:00' })).status.exception,
    ).toBe('cancelled');
  });

  it('adds images, events, returns and exchanges the caller fetched', () => {
    const events = {
      fulfillment_events: [
        { id: 1, status: 'in_transit', happened_at: '2025-07-02T10:00:00-04:00', message: 'Accepted' },
      ],
    };
    const order = normalizeShopifyOrder(sampleShopifyOrder(), {
      imageUrls: { '1': 'https://cdn.shopify.com/jacket.png', '2': 'data:image/png;base64,AAAA' },
      fulfillmentEvents: { '11': events },
      returns: [sampleShopifyReturn(), sampleShopifyReturn({ exchange: true })],
      links: { returnsPortal: 'https://shop.example/returns', support: 'javascript:alert(1)' },
    });
    expect(order.items.map((item) => item.imageUrl)).toEqual(['https://cdn.shopify.com/jacket.png', undefined]);
    expect(order.shipments[0]?.events).toHaveLength(1);
    expect(order.returns.map((record) => record.stage)).toEqual(['label_created']);
    expect(order.exchanges.map((exchange) => exchange.stage)).toEqual(['requested']);
    expect(order.links).toEqual({ returnsPortal: 'https://shop.example/returns' });
  });

  it.skipIf(!present)('lists each parcel of a fulfillment shipped in several boxes, and each item once', () => {
    const payload = readFixture('shopify', 'rest_order_with_fulfillments.json') as { order: Record<string, unknown> };
    const [fulfillment] = payload.order.fulfillments as Array<Record<string, unknown>>;
    payload.order.fulfillments = [shippedInParcels(fulfillment!, ['1Z1234512345123457', '1Z1234512345123458'])];
    const events = readFixture('shopify', 'rest_fulfillment_events_list_in_transit.json');
    const order = parseModel(
      orderSchema,
      normalizeShopifyOrder(payload, { fulfillmentEvents: { '255858046': events } }),
      'order',
    );
    expect(order.shipments.map((shipment) => [shipment.id, shipment.trackingNumber])).toEqual([
      ['255858046', '1Z1234512345123456'],
      ['255858046:1Z1234512345123457', '1Z1234512345123457'],
      ['255858046:1Z1234512345123458', '1Z1234512345123458'],
    ]);
    expect(order.shipments.map((shipment) => shipment.events.length)).toEqual([1, 1, 1]);
    expect(order.items.map((item) => item.id)).toEqual(['466157049', '518995019', '703073504']);
    expect(order.status).toEqual(
      normalizeShopifyOrder(readFixture('shopify', 'rest_order_with_fulfillments.json')).status,
    );
  });

  it.skipIf(!present)('leaves out every parcel of a cancelled fulfillment', () => {
    const payload = readFixture('shopify', 'rest_order_with_fulfillments.json') as { order: Record<string, unknown> };
    const [fulfillment] = payload.order.fulfillments as Array<Record<string, unknown>>;
    const boxes = shippedInParcels(fulfillment!, ['1Z1234512345123457']);
    payload.order.fulfillments = [{ ...boxes, id: 1, status: 'cancelled' }, boxes];
    const order = normalizeShopifyOrder(payload);
    expect(order.shipments.map((shipment) => shipment.id)).toEqual(['255858046', '255858046:1Z1234512345123457']);
  });

  it('names the path from the order root when a fulfillment is broken', () => {
    try {
      normalizeShopifyOrder(sampleShopifyOrder({ fulfillments: [{ id: 13, status: 42 }] }));
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.path).toBe('order.fulfillments.0.status');
    }
  });
});
