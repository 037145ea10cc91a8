import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { normalizeShippoTrack } from '../normalizeShippoTrack.js';

const track = {
  carrier: 'usps',
  tracking_number: '9205',
  eta: '2024-12-08T00:00:00Z',
  original_eta: '2024-12-06T00:00:00Z',
  tracking_status: {
    object_updated: '2024-12-05T12:00:00Z',
    status: 'TRANSIT',
    substatus: { code: 'delivery_attempted', text: 'Delivery attempted', action_required: false },
    status_date: '2024-12-05T11:00:00Z',
    status_details: 'Notice left &amp; will retry',
  },
  tracking_history: [
    {
      status: 'TRANSIT',
      status_date: '2024-12-05T11:00:00Z',
      status_details: 'Notice left',
      substatus: { code: 'delivery_attempted' },
    },
    {
      status: 'PRE_TRANSIT',
      status_date: '2024-12-04T00:00:00Z',
      status_details: 'Label',
      location: { city: 'SF', state: 'CA', zip: '94103', country: 'US' },
    },
  ],
};

describe('normalizeShippoTrack', () => {
  it('reads midnight-UTC eta as a date and records the move from original_eta', () => {
    const shipment = normalizeShippoTrack(track);
    expect(shipment.eta?.start).toEqual({ kind: 'date', date: '2024-12-08', raw: '2024-12-08T00:00:00Z' });
    expect(shipment.eta?.changes[0]).toMatchObject({
      from: { start: { kind: 'date', date: '2024-12-06' } },
      reason: { code: 'recalculated' },
      detectedAt: { kind: 'instant', raw: '2024-12-05T12:00:00Z' },
    });
  });

  it('keys on substatus and honours action_required', () => {
    expect(normalizeShippoTrack(track).status).toMatchObject({
      milestone: 'out_for_delivery',
      exception: 'attempt_failed',
      actionRequired: false,
      raw: {
        provider: 'shippo',
        status: 'TRANSIT',
        substatus: 'delivery_attempted',
        message: 'Notice left & will retry',
      },
    });
  });

  it('sorts the history and reads padded status dates as dates', () => {
    const events = normalizeShippoTrack(track).events;
    expect(events.map((event) => event.code)).toEqual(['PRE_TRANSIT', 'delivery_attempted']);
    expect(events[0]?.time).toEqual({ kind: 'date', date: '2024-12-04', raw: '2024-12-04T00:00:00Z' });
  });

  it('flags a RETURNED track and keeps the milestone reached', () => {
    const shipment = normalizeShippoTrack({ ...track, tracking_status: { status: 'RETURNED', status_date: null } });
    expect(shipment.status).toMatchObject({ milestone: 'out_for_delivery', exception: 'returned_to_sender' });
  });

  it('throws InvalidResponseError quoting a Shippo error body', () => {
    try {
      normalizeShippoTrack({ detail: 'Not found' });
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.message).toContain('Not found');
    }
  });
});
