import { describe, expect, it } from 'vitest';
import type { Resource } from '../../model/LookupResult.js';
import type { Shipment } from '../../model/Shipment.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { applyShipment } from '../applyShipment.js';
import { testShipment } from './createTestSource.js';

const at = (utc: string) => ({ kind: 'instant', utc, raw: utc }) as const;
const scan = (utc: string, milestone: TrackingEvent['milestone']): TrackingEvent => ({
  time: at(utc),
  milestone,
  description: milestone ?? 'Scan',
});

// The order's parcel as the store shows it: UPS, in transit since a scan on 20 November.
const parcel = testShipment();
const order: Resource = { kind: 'shipment', shipment: parcel };

// A state of that parcel from a tracking provider.
function state(
  milestone: Shipment['status']['milestone'],
  events: TrackingEvent[],
  extra: Partial<Shipment> = {},
): Shipment {
  return {
    ...parcel,
    id: `aftership:ups:${parcel.trackingNumber}`,
    itemIds: [],
    status: { ...parcel.status, milestone, raw: { provider: 'aftership', status: milestone } },
    events,
    ...extra,
  };
}

const shown = (resource: Resource | null) => (resource?.kind === 'shipment' ? resource.shipment : null);

describe('applyShipment', () => {
  it('replaces a parcel only with a shipment of the same carrier and tracking number', () => {
    const delivered = state('delivered', [...parcel.events, scan('2024-11-21T10:00:00.000Z', 'delivered')]);
    expect(applyShipment(order, { ...delivered, carrier: { code: 'fedex', name: 'FedEx' } })).toBeNull();
    expect(applyShipment(order, { ...delivered, trackingNumber: '1Z999AA10123456785' })).toBeNull();
    // The same carrier in another provider's spelling, and the number with spaces.
    const spelled = { ...delivered, carrier: { code: 'UPS', name: 'UPS' }, trackingNumber: '1z999aa1 0123456784' };
    expect(shown(applyShipment(order, spelled))?.status.milestone).toBe('delivered');
    const dhl: Resource = { kind: 'shipment', shipment: { ...parcel, carrier: { code: 'dhl-express', name: 'DHL' } } };
    expect(shown(applyShipment(dhl, { ...delivered, carrier: { code: 'dhl', name: 'DHL' } }))?.id).toBe('shp_1');
    // An update that names no carrier is taken for the number's parcel, which keeps its own carrier.
    const anonymous = shown(
      applyShipment(order, { ...delivered, carrier: { code: 'unknown', name: 'Unknown carrier' } }),
    );
    expect(anonymous?.status.milestone).toBe('delivered');
    expect(anonymous?.carrier).toEqual({ code: 'ups', name: 'UPS' });
    // A provider that tracks by number alone names the courier of the moment: a hand-over is the same parcel.
    const handedOver = {
      ...delivered,
      id: `ship24::${parcel.trackingNumber}`,
      carrier: { code: 'usps', name: 'USPS' },
    };
    expect(shown(applyShipment(order, handedOver))?.carrier.code).toBe('usps');
  });

  it('never replaces a parcel with an older state of it, and takes an equal one only once', () => {
    const inTransit = state('in_transit', [scan('2024-11-21T08:00:00.000Z', 'in_transit')], {
      updatedAt: at('2024-11-21T08:05:00.000Z'),
    });
    const delivered = state('delivered', [...inTransit.events, scan('2024-11-21T10:00:00.000Z', 'delivered')], {
      updatedAt: at('2024-11-21T10:05:00.000Z'),
    });
    const current = applyShipment(order, delivered);
    expect(shown(current)?.status.milestone).toBe('delivered');
    expect(applyShipment(current!, inTransit)).toBeNull();
    expect(applyShipment(current!, delivered)).toBeNull();
    expect(applyShipment(current!, structuredClone(delivered))).toBeNull();
  });

  it('orders the states of one provider by its updated-at, and those of different providers by their newest scan', () => {
    const scanned = state('in_transit', [scan('2024-11-21T08:00:00.000Z', 'in_transit')], {
      updatedAt: at('2024-11-21T08:05:00.000Z'),
    });
    const current = applyShipment(order, scanned)!;
    // The provider marked it lost without a new scan (and dropped a scan it no longer trusts): its clock moved on.
    const lost = state('in_transit', [], { updatedAt: at('2024-11-25T00:00:00.000Z') });
    const marked = shown(applyShipment(current, { ...lost, status: { ...lost.status, exception: 'lost' } }));
    expect(marked?.status.exception).toBe('lost');
    // Another provider's later updated-at says nothing about the parcel when its newest scan is older.
    const other = { ...lost, status: { ...lost.status, raw: { provider: 'easypost', status: 'unknown' } } };
    expect(applyShipment(current, { ...other, events: [scan('2024-11-20T09:00:00.000Z', 'in_transit')] })).toBeNull();
    expect(
      shown(applyShipment(current, { ...other, events: [scan('2024-11-22T09:00:00.000Z', 'in_transit')] })),
    ).not.toBeNull();
    // With no time on either side there is nothing to order by: the update is taken as it comes.
    const timeless: Resource = { kind: 'shipment', shipment: { ...parcel, events: [] } };
    expect(shown(applyShipment(timeless, state('out_for_delivery', [])))?.status.milestone).toBe('out_for_delivery');
  });
});
