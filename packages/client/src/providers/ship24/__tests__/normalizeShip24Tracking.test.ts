import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { normalizeShip24Tracking } from '../normalizeShip24Tracking.js';

const event = (order: number, time: string, milestone: string, statusCode: string | null = null) => ({
  status: `Event ${order}`,
  occurrenceDatetime: time,
  order,
  location: 'SAN RAFAEL, CA 94901',
  courierCode: order > 1 ? 'us-post' : 'cn-post',
  statusMilestone: milestone,
  statusCode,
});

const tracking = {
  tracker: { trackerId: 'x', trackingNumber: 'TN1' },
  shipment: {
    statusMilestone: 'exception',
    statusCode: 'exception_return_to_sender',
    delivery: {
      estimatedDeliveryDate: '2024-03-06T18:00:00',
      courierEstimatedDeliveryDate: { from: '2024-03-05T09:00:00', to: '2024-03-05T18:00:00' },
    },
  },
  // Newest first, with two events at the same minute.
  events: [
    event(3, '2024-03-04T10:00:00', 'in_transit'),
    event(2, '2024-03-04T10:00:00', 'in_transit'),
    event(1, '2024-03-02T08:00:00', 'info_received'),
  ],
};

describe('normalizeShip24Tracking', () => {
  it('sorts newest-first events oldest first, keeping equal times in the order they happened', () => {
    const shipment = normalizeShip24Tracking({ data: { trackings: [tracking] } });
    expect(shipment.events.map((item) => item.description)).toEqual(['Event 1', 'Event 2', 'Event 3']);
    expect(shipment.events[0]?.time).toEqual({
      kind: 'wall',
      local: '2024-03-02T08:00:00',
      raw: '2024-03-02T08:00:00',
    });
    expect(shipment.events[0]?.location).toEqual({ city: 'SAN RAFAEL', region: 'CA', postalCode: '94901' });
  });

  it('refines an exception by statusCode and keeps the milestone reached', () => {
    expect(normalizeShip24Tracking(tracking).status).toMatchObject({
      milestone: 'in_transit',
      exception: 'returned_to_sender',
    });
  });

  it('prefers the courier window for the ETA and names the last-mile courier', () => {
    const shipment = normalizeShip24Tracking(tracking);
    expect(shipment.eta).toMatchObject({ start: { raw: '2024-03-05T09:00:00' }, end: { raw: '2024-03-05T18:00:00' } });
    expect(shipment.carrier).toEqual({ code: 'usps', name: 'USPS' });
  });

  it('throws InvalidResponseError quoting a Ship24 error envelope', () => {
    try {
      normalizeShip24Tracking({ errors: [{ code: 'tracker_not_found', message: 'Tracker not found.' }], data: null });
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.message).toContain('tracker_not_found');
    }
  });
});
