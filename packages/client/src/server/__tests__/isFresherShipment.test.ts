import { describe, expect, it } from 'vitest';
import type { Shipment } from '../../model/Shipment.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { getShipmentFreshness } from '../getShipmentFreshness.js';
import { isFresherShipment } from '../isFresherShipment.js';
import { testShipment } from './createTestSource.js';

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
});
