import { describe, expect, it } from 'vitest';
import type { Shipment } from '../../model/Shipment.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { normalizeAfterShipTracking } from '../../providers/aftership/normalizeAfterShipTracking.js';
import { parseTime } from '../../time/parseTime.js';
import { getShipmentFreshness } from '../getShipmentFreshness.js';
import { isFresherShipment } from '../isFresherShipment.js';
import { testShipment } from './createTestSource.js';
import { hasSharedFixture, readSharedFixture } from './readSharedFixture.js';

// A UPS parcel AfterShip recorded in 2014, its checkpoints in Philadelphia's local time with no offset: delivered
// at 12:31 on 8 May, which was 16:31 UTC (EDT).
const aftershipFixture = 'aftership/v4_2014_01_delivered_ups_IN-US.json';
const hasFixture = hasSharedFixture(aftershipFixture);
if (!hasFixture) console.warn('[waypost] ../shared/fixtures is absent: skipping the zone-less freshness tests');

const at = (utc: string) => ({ kind: 'instant', utc, raw: utc }) as const;
const scan = (utc: string, description: string): TrackingEvent => ({ time: at(utc), description });
const updatedAt = at('2024-11-21T10:05:00.000Z');

// A state of the test parcel from `provider`, last updated at the same moment whatever it shows.
function state(provider: string, milestone: Shipment['status']['milestone'], events: TrackingEvent[]): Shipment {
  const parcel = testShipment();
  return {
    ...parcel,
    status: { ...parcel.status, milestone, raw: { provider, status: milestone } },
    events,
    updatedAt,
  };
}

const fresher = (update: Shipment, current: Shipment) =>
  isFresherShipment(getShipmentFreshness(update), getShipmentFreshness(current));

const arrival = scan('2024-11-21T10:00:00.000Z', 'Arrived at facility');
const departure = scan('2024-11-21T10:00:00.000Z', 'Departed facility');

describe('isFresherShipment', () => {
  it('takes a state with more events at the same updated-at and newest scan, from the same provider', () => {
    const first = state('aftership', 'in_transit', [arrival]);
    const second = state('aftership', 'in_transit', [arrival, departure]);
    expect(fresher(second, first)).toBe(true);
    expect(fresher(first, second)).toBe(false);
  });

  it('takes a later milestone at the same times, and a later newest scan at the same updated-at', () => {
    const inTransit = state('aftership', 'in_transit', [arrival]);
    const outForDelivery = state('aftership', 'out_for_delivery', [arrival]);
    expect(fresher(outForDelivery, inTransit)).toBe(true);
    expect(fresher(inTransit, outForDelivery)).toBe(false);
    const later = state('aftership', 'in_transit', [scan('2024-11-21T10:00:01.000Z', 'Departed facility')]);
    expect(fresher(later, inTransit)).toBe(true);
    expect(fresher(inTransit, later)).toBe(false);
  });

  it('drops an exact replay, and an older state whatever it counts', () => {
    const current = state('aftership', 'in_transit', [arrival, departure]);
    expect(fresher(structuredClone(current), current)).toBe(false);
    const older = state('aftership', 'delivered', [arrival, departure, departure]);
    expect(fresher({ ...older, updatedAt: at('2024-11-21T10:04:59.000Z') }, current)).toBe(false);
  });

  it('does not count the events of two providers against each other', () => {
    const easypost = state('easypost', 'in_transit', [arrival]);
    const aftership = state('aftership', 'in_transit', [arrival, departure]);
    expect(fresher(aftership, easypost)).toBe(false);
    expect(fresher(easypost, aftership)).toBe(false);
  });

  it('orders nothing by a count that freshness saved before it was recorded lacks', () => {
    const current = state('aftership', 'in_transit', [arrival]);
    const { eventCount: _count, milestoneRank: _rank, ...saved } = getShipmentFreshness(current);
    const grown = state('aftership', 'out_for_delivery', [arrival, departure]);
    expect(isFresherShipment(getShipmentFreshness(grown), saved)).toBe(false);
    expect(isFresherShipment(saved, getShipmentFreshness(grown))).toBe(false);
  });

  it('ends at the same state whatever order the states arrive in', () => {
    const states = [
      state('aftership', 'in_transit', [arrival]),
      state('aftership', 'in_transit', [arrival, departure]),
      state('aftership', 'out_for_delivery', [arrival, departure]),
      state('aftership', 'in_transit', [arrival]),
    ];
    const settle = (order: Shipment[]) =>
      order.reduce((current, update) => (fresher(update, current) ? update : current));
    const ends = [states, states.toReversed(), [states[2]!, ...states]].map(settle);
    expect(new Set(ends.map((end) => `${end.status.milestone}:${end.events.length}`))).toEqual(
      new Set(['out_for_delivery:2']),
    );
  });

  describe.skipIf(!hasFixture)('with an event time that has no zone', () => {
    const delivered = () => normalizeAfterShipTracking(readSharedFixture(aftershipFixture));
    // The same parcel from a provider that sends instants (its store, another tracking service).
    const placed = (milestone: Shipment['status']['milestone'], utc: string) => ({
      ...state('easypost', milestone, [{ time: parseTime(utc), milestone, description: milestone }]),
      trackingNumber: delivered().trackingNumber,
      updatedAt: parseTime(utc)!,
    });

    it('never takes a zone-less reading as UTC against an instant', () => {
      expect(delivered().events.at(-1)?.time).toMatchObject({ kind: 'wall', local: '2014-05-08T12:31:00' });
      // Out for delivery at 14:00 UTC, before the delivery scan: read as UTC, 12:31 would seem older.
      expect(fresher(placed('out_for_delivery', '2014-05-08T14:00:00Z'), delivered())).toBe(false);
      expect(fresher(delivered(), placed('out_for_delivery', '2014-05-08T14:00:00Z'))).toBe(true);
    });

    it('keeps the current state when the clocks cannot order the two and the milestone has not moved on', () => {
      const current = delivered();
      for (const utc of ['2014-05-07T23:00:00Z', '2014-05-08T12:31:00Z', '2014-05-09T00:30:00Z']) {
        expect(fresher(placed('delivered', utc), current)).toBe(false);
        expect(fresher(current, placed('delivered', utc))).toBe(false);
      }
    });

    it('orders by the clocks once the instant lies outside every zone’s reading of the local time', () => {
      // 12:31 on a local clock is no later than 00:31 UTC the next day (UTC−12), nor earlier than 22:31 UTC the day
      // before (UTC+14).
      expect(fresher(placed('in_transit', '2014-05-09T00:32:00Z'), delivered())).toBe(true);
      expect(fresher(delivered(), placed('delivered', '2014-05-07T22:30:00Z'))).toBe(true);
      expect(fresher(placed('delivered', '2014-05-07T22:30:00Z'), delivered())).toBe(false);
    });
  });
});
