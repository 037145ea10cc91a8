import { describe, expect, it } from 'vitest';
import type { Resource } from '../../model/LookupResult.js';
import type { Shipment } from '../../model/Shipment.js';
import { normalizeShip24Webhook } from '../../providers/ship24/normalizeShip24Webhook.js';
import { normalizeShippoWebhook } from '../../providers/shippo/normalizeShippoWebhook.js';
import { createPushHub } from '../createPushHub.js';
import { testShipment } from './createTestSource.js';
import { hasSharedFixture, readSharedFixture } from './readSharedFixture.js';

const ship24Fixture = 'ship24/doc_webhook_tracking_update.json';
const shippoFixture = 'shippo/doc_webhook_sample_SHIPPO_DELIVERED_with_FAILURE_event.json';
const available = hasSharedFixture(ship24Fixture) && hasSharedFixture(shippoFixture);
if (!available) console.warn('[waypost] ../shared/fixtures is absent: skipping the push hub ordering tests');

type Json = Record<string, unknown>;

// The store's copy of the parcel a provider tracks: shipped, no scans of its own yet.
function watchParcel(trackingNumber: string, carrier: { code: string; name: string }) {
  const hub = createPushHub();
  const seen: Shipment[] = [];
  const initial: Resource = { kind: 'shipment', shipment: { ...testShipment(), trackingNumber, carrier, events: [] } };
  hub.watch(initial, (resource) => {
    if (resource.kind === 'shipment') seen.push(resource.shipment);
  });
  return { hub, seen };
}

describe.skipIf(!available)('createPushHub', () => {
  it('keeps the newest Ship24 push of a parcel when an earlier one arrives after it', () => {
    const payload = readSharedFixture(ship24Fixture) as { trackings: Json[] };
    const [delivered] = normalizeShip24Webhook(payload);
    // The same tracking as Ship24 pushed it that morning: out for delivery, at the time its statistics record.
    const morning = structuredClone(payload);
    const tracking = morning.trackings[0] as { shipment: Json; events: Json[] };
    tracking.shipment.statusMilestone = 'out_for_delivery';
    tracking.shipment.statusCode = 'delivery_out_for_delivery';
    tracking.events = tracking.events.map((event) => ({
      ...event,
      status: 'Out for delivery',
      statusMilestone: 'out_for_delivery',
      statusCode: 'delivery_out_for_delivery',
      occurrenceDatetime: '2025-03-04T10:12:57',
      datetime: '2025-03-04T10:12:57.000Z',
    }));
    const [outForDelivery] = normalizeShip24Webhook(morning);

    const { hub, seen } = watchParcel(delivered!.trackingNumber, { code: 'usps', name: 'USPS' });
    hub.publish(delivered!);
    hub.publish(outForDelivery!);
    hub.publish(delivered!);
    expect(seen.map((shipment) => shipment.status.milestone)).toEqual(['delivered']);
  });

  it('keeps the newest Shippo push of a parcel, and ignores one of another carrier under its number', () => {
    const payload = readSharedFixture(shippoFixture) as { data: { tracking_history: Json[]; tracking_status: Json } };
    const delivered = normalizeShippoWebhook(payload);
    // The same track as Shippo pushed it two days earlier: in transit, its history up to that scan.
    const earlier = structuredClone(payload);
    earlier.data.tracking_history = earlier.data.tracking_history.slice(0, 2);
    earlier.data.tracking_status = earlier.data.tracking_history[1]!;
    const inTransit = normalizeShippoWebhook(earlier);
    expect(inTransit.status.milestone).toBe('in_transit');

    const { hub, seen } = watchParcel(delivered.trackingNumber, delivered.carrier);
    hub.publish(inTransit);
    hub.publish(delivered);
    hub.publish(inTransit);
    expect(seen.map((shipment) => shipment.status.milestone)).toEqual(['in_transit', 'delivered']);
    // Later news, but about a FedEx parcel that happens to share the number.
    const later = { kind: 'instant', utc: '2020-03-13T00:00:00.000Z', raw: '2020-03-13T00:00:00Z' } as const;
    hub.publish({
      ...delivered,
      carrier: { code: 'fedex', name: 'FedEx' },
      updatedAt: later,
      status: { ...delivered.status, exception: 'lost' },
    });
    expect(seen).toHaveLength(2);
  });
});
