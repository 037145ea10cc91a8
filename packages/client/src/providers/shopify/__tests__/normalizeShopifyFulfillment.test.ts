import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { parseModel } from '../../../model/parseModel.js';
import { shipmentSchema } from '../../../model/schemas/shipmentSchema.js';
import { normalizeShopifyFulfillment } from '../normalizeShopifyFulfillment.js';

const fulfillment = {
  id: 4001,
  order_id: 450789469,
  status: 'success',
  shipment_status: 'out_for_delivery',
  tracking_company: 'Canada Post',
  tracking_number: null,
  tracking_numbers: ['7023210039414604', '7023210039414605'],
  tracking_url: 'javascript:alert(1)',
  tracking_urls: [
    'javascript:alert(1)',
    'https://www.canadapost-postescanada.ca/track-reperage/en#/details/7023210039414604',
  ],
  updated_at: '2025-07-05T08:00:00-04:00',
  line_items: [{ id: 466157049, title: 'IPod Nano - 8gb', quantity: 1 }],
};

// Newest first, to show the order is not trusted.
const events = {
  fulfillment_events: [
    {
      id: 3,
      status: 'out_for_delivery',
      message: 'Out for delivery',
      happened_at: '2025-07-05T07:40:00-04:00',
      city: 'Ottawa',
      province: 'ON',
      country: 'CA',
      zip: 'K2P 1L4',
      estimated_delivery_at: '2025-07-05T18:00:00-04:00',
    },
    {
      id: 2,
      status: 'delayed',
      message: 'Weather delay &amp; reroute',
      happened_at: '2025-07-03T12:00:00-04:00',
      city: 'Montreal',
      province: 'QC',
      country: 'Canada',
      zip: null,
      estimated_delivery_at: '2025-07-05T18:00:00-04:00',
    },
    {
      id: 1,
      status: 'in_transit',
      message: 'Item accepted',
      happened_at: '2025-07-02T10:00:00-04:00',
      city: null,
      province: null,
      country: null,
      zip: null,
      estimated_delivery_at: '2025-07-04T18:00:00-04:00',
    },
  ],
};

describe('normalizeShopifyFulfillment', () => {
  it('is the first parcel: the first tracking number, never the link of another box', () => {
    const shipment = parseModel(shipmentSchema, normalizeShopifyFulfillment({ fulfillment }), 'shipment');
    // The one http link in the list is the second box's (…605); this box's own is `javascript:`.
    expect(shipment.trackingUrl).toBeUndefined();
    expect(shipment).toMatchObject({
      id: '4001',
      trackingNumber: '7023210039414604',
      carrier: { code: 'canada-post', name: 'Canada Post' },
      status: {
        milestone: 'out_for_delivery',
        exception: null,
        raw: { provider: 'shopify', status: 'success', substatus: 'out_for_delivery' },
      },
      itemIds: ['466157049'],
      events: [],
      eta: null,
    });
  });

  it('sorts the events, keeps the shop offset and decodes their text', () => {
    const shipment = normalizeShopifyFulfillment(fulfillment, { events });
    expect(shipment.events.map((event) => event.code)).toEqual(['in_transit', 'delayed', 'out_for_delivery']);
    expect(shipment.events[1]).toMatchObject({
      description: 'Weather delay & reroute',
      exception: 'delayed',
      time: { kind: 'instant', offset: -240 },
      location: { city: 'Montreal', region: 'QC', country: 'Canada' },
    });
    expect(shipment.events[2]?.location).toEqual({
      city: 'Ottawa',
      region: 'ON',
      country: 'CA',
      postalCode: 'K2P 1L4',
    });
  });

  it('shows the latest estimate with the move that a delay caused', () => {
    const { eta } = normalizeShopifyFulfillment(fulfillment, { events });
    expect(eta).toMatchObject({
      start: { raw: '2025-07-05T18:00:00-04:00' },
      changes: [
        {
          from: { start: { raw: '2025-07-04T18:00:00-04:00' } },
          to: { start: { raw: '2025-07-05T18:00:00-04:00' } },
          reason: { code: 'carrier_delay' },
          detectedAt: { raw: '2025-07-03T12:00:00-04:00' },
        },
      ],
    });
    expect(eta?.changes[0]?.reason.text).toBe('Weather delay & reroute');
  });

  it('hides the estimate once delivered', () => {
    const delivered = {
      ...events,
      fulfillment_events: [
        {
          id: 4,
          status: 'delivered',
          message: 'Delivered',
          happened_at: '2025-07-05T13:00:00-04:00',
          estimated_delivery_at: null,
        },
        ...events.fulfillment_events,
      ],
    };
    const shipment = normalizeShopifyFulfillment(
      { ...fulfillment, shipment_status: 'delivered' },
      { events: delivered },
    );
    expect(shipment.eta).toBeNull();
    expect(shipment.deliveredAt?.raw).toBe('2025-07-05T13:00:00-04:00');
  });

  it('is processing while pending and label_created once tracked without carrier updates', () => {
    expect(
      normalizeShopifyFulfillment({ ...fulfillment, status: 'pending', shipment_status: null }).status.milestone,
    ).toBe('processing');
    expect(normalizeShopifyFulfillment({ ...fulfillment, shipment_status: null }).status.milestone).toBe(
      'label_created',
    );
    expect(
      normalizeShopifyFulfillment({ ...fulfillment, shipment_status: null, tracking_numbers: [] }).status.milestone,
    ).toBe('processing');
  });

  it('names the path of a broken line item', () => {
    try {
      normalizeShopifyFulfillment({ fulfillment: { ...fulfillment, line_items: [{ id: null }] } });
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.path).toBe('fulfillment.line_items.0.id');
    }
  });
});
