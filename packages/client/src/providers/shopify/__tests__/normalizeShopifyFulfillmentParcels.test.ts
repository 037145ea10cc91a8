import { describe, expect, it } from 'vitest';
import { parseModel } from '../../../model/parseModel.js';
import { shipmentSchema } from '../../../model/schemas/shipmentSchema.js';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { normalizeShopifyFulfillment } from '../normalizeShopifyFulfillment.js';
import { normalizeShopifyFulfillmentParcels } from '../normalizeShopifyFulfillmentParcels.js';
import { shippedInParcels } from './shippedInParcels.js';

const present = hasFixtures('shopify');
if (!present) console.warn(getSkipMessage('shopify'));

type Json = Record<string, unknown>;
const recorded = () =>
  (readFixture('shopify', 'rest_fulfillment_with_tracking_success.json') as { fulfillment: Json }).fulfillment;
const usps = (number: string) => `https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1=${number}`;
// A success shipped in three boxes; the third box's link is not one to follow.
const inThreeBoxes = () =>
  shippedInParcels(
    { ...recorded(), status: 'success' },
    ['1Z1234512345123457', '1Z1234512345123458'],
    [usps('1Z1234512345123457'), 'javascript:alert(1)'],
  );

describe.skipIf(!present)('normalizeShopifyFulfillmentParcels', () => {
  it('makes one valid shipment per tracking number, each with its own number and link', () => {
    const parcels = normalizeShopifyFulfillmentParcels({ fulfillment: inThreeBoxes() });
    for (const parcel of parcels) parseModel(shipmentSchema, parcel, 'shipment');
    expect(parcels.map(({ id, trackingNumber, trackingUrl }) => ({ id, trackingNumber, trackingUrl }))).toEqual([
      { id: '255858046', trackingNumber: '1Z1234512345123456', trackingUrl: usps('1Z1234512345123456') },
      {
        id: '255858046:1Z1234512345123457',
        trackingNumber: '1Z1234512345123457',
        trackingUrl: usps('1Z1234512345123457'),
      },
      { id: '255858046:1Z1234512345123458', trackingNumber: '1Z1234512345123458', trackingUrl: undefined },
    ]);
  });

  it('gives every parcel the fulfillment’s carrier, status, events, estimate and items', () => {
    const events = readFixture('shopify', 'rest_fulfillment_events_list_in_transit.json');
    const [first, ...others] = normalizeShopifyFulfillmentParcels(inThreeBoxes(), { events });
    expect(first).toMatchObject({
      carrier: { code: 'usps', name: 'USPS' },
      status: { milestone: 'in_transit', exception: null },
      events: [{ milestone: 'in_transit', time: { raw: '2025-07-02T11:39:28-05:00' } }],
      itemIds: ['466157049'],
      updatedAt: { raw: '2025-07-02T11:38:15-05:00' },
    });
    expect(others).toHaveLength(2);
    for (const parcel of others) {
      const { id, trackingNumber, trackingUrl, ...rest } = parcel;
      const { id: _id, trackingNumber: _number, trackingUrl: _url, ...shared } = first!;
      expect(rest).toEqual(shared);
    }
  });

  it('gives each parcel lists of its own', () => {
    const [first, second] = normalizeShopifyFulfillmentParcels(inThreeBoxes(), {
      events: readFixture('shopify', 'rest_fulfillment_events_list_in_transit.json'),
    });
    expect(second?.events).not.toBe(first?.events);
    expect(second?.itemIds).not.toBe(first?.itemIds);
  });

  it('keeps a fulfillment of one number as the one shipment it always was', () => {
    const fulfillment = recorded();
    expect(normalizeShopifyFulfillmentParcels(fulfillment)).toEqual([normalizeShopifyFulfillment(fulfillment)]);
    expect(normalizeShopifyFulfillment(fulfillment)).toMatchObject({
      id: '255858046',
      trackingNumber: '1Z1234512345123456',
      trackingUrl: usps('1Z1234512345123456'),
    });
  });

  it('keeps an untracked fulfillment as one processing shipment', () => {
    const untracked = { ...recorded(), status: 'pending', tracking_number: null, tracking_numbers: [] };
    const parcels = normalizeShopifyFulfillmentParcels(untracked);
    expect(parcels).toHaveLength(1);
    expect(parcels[0]).toMatchObject({ id: '255858046', trackingNumber: '', status: { milestone: 'processing' } });
  });

  it('cancels every parcel of a cancelled fulfillment', () => {
    const cancelled = shippedInParcels({ ...recorded(), status: 'cancelled' }, ['1Z1234512345123457']);
    const statuses = normalizeShopifyFulfillmentParcels(cancelled).map((parcel) => parcel.status.exception);
    expect(statuses).toEqual(['cancelled', 'cancelled']);
  });
});
