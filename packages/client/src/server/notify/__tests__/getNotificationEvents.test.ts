import { describe, expect, it } from 'vitest';
import type { Shipment } from '../../../model/Shipment.js';
import { testShipment } from '../../__tests__/createTestSource.js';
import { getNotificationEvents } from '../getNotificationEvents.js';
import { getParcelState } from '../getParcelState.js';

const date = (value: string) => ({ kind: 'date' as const, date: value, raw: value });

function parcel(patch: Partial<Shipment['status']> = {}, eta?: string, reason?: string): Shipment {
  const shipment = testShipment();
  return {
    ...shipment,
    status: { ...shipment.status, ...patch },
    eta: eta
      ? {
          start: date(eta),
          changes: reason
            ? [
                {
                  from: { start: date('2026-03-03') },
                  to: { start: date(eta) },
                  reason: { code: reason, text: '' },
                  detectedAt: date(eta),
                },
              ]
            : [],
        }
      : null,
  };
}

const types = (result: ReturnType<typeof getNotificationEvents>) =>
  result.events.map(({ event }) => (event.type === 'milestone' ? event.milestone : `eta:${event.change.reason.code}`));

describe('getNotificationEvents', () => {
  it('reports only the furthest milestone newly reached', () => {
    const before = getParcelState(parcel({ milestone: 'label_created' }));
    expect(types(getNotificationEvents(before, parcel({ milestone: 'delivered' }), 'all'))).toEqual(['delivered']);
  });

  it('reports nothing for an identical update', () => {
    const shipment = parcel({ milestone: 'out_for_delivery' }, '2026-03-04');
    expect(getNotificationEvents(getParcelState(shipment), shipment, 'all').events).toEqual([]);
  });

  it('ignores a late update that reports an earlier milestone', () => {
    const before = getParcelState(parcel({ milestone: 'out_for_delivery' }));
    const result = getNotificationEvents(before, parcel({ milestone: 'in_transit' }), 'all');
    expect(result.events).toEqual([]);
    expect(result.next.milestoneRank).toBe(before.milestoneRank);
  });

  it('names the provider’s reason when the ETA moves later', () => {
    const before = getParcelState(parcel({}, '2026-03-03'));
    const result = getNotificationEvents(before, parcel({}, '2026-03-05', 'weather'), 'key');
    expect(types(result)).toEqual(['eta:weather']);
  });

  it('tells `all` subscribers, not `key` ones, when the ETA moves earlier', () => {
    const before = getParcelState(parcel({}, '2026-03-05'));
    expect(types(getNotificationEvents(before, parcel({}, '2026-03-03'), 'all'))).toEqual(['eta:unknown']);
    expect(getNotificationEvents(before, parcel({}, '2026-03-03'), 'key').events).toEqual([]);
  });

  it('measures a move from the date last seen, not from the provider’s first estimate', () => {
    // The provider's record says 3 → 5 March (later), but the shopper was last told the 8th.
    const before = getParcelState(parcel({}, '2026-03-08'));
    const [moved] = getNotificationEvents(before, parcel({}, '2026-03-05', 'weather'), 'all').events;
    expect(moved?.event).toMatchObject({
      type: 'eta_changed',
      direction: 'earlier',
      change: { reason: { code: 'weather' } },
    });
    expect(getNotificationEvents(before, parcel({}, '2026-03-05', 'weather'), 'key').events).toEqual([]);
  });

  it('reports a new pickup or problem once, and not a delay flag (that is the ETA’s job)', () => {
    const before = getParcelState(parcel());
    expect(types(getNotificationEvents(before, parcel({ exception: 'available_for_pickup' }), 'key'))).toEqual([
      'available_for_pickup',
    ]);
    expect(types(getNotificationEvents(before, parcel({ exception: 'attempt_failed' }), 'key'))).toEqual(['exception']);
    expect(getNotificationEvents(before, parcel({ exception: 'delayed' }), 'all').events).toEqual([]);
  });
});
