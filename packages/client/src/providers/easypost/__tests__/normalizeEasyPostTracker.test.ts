import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { normalizeEasyPostTracker } from '../normalizeEasyPostTracker.js';

const tracker = {
  id: 'trk_1',
  object: 'Tracker',
  tracking_code: '9400',
  status: 'in_transit',
  status_detail: 'arrived_at_facility',
  carrier: 'USPS',
  est_delivery_date: '2024-07-05T00:00:00Z',
  public_url: 'https://track.easypost.com/x',
  tracking_details: [
    {
      datetime: '2024-07-02T10:00:00Z',
      status: 'in_transit',
      message: 'Arrived',
      tracking_location: { city: 'Reno', state: 'NV', country: 'US', zip: '89501' },
    },
    { datetime: '2024-07-01T10:00:00Z', status: 'pre_transit', message: 'Label created', tracking_location: null },
  ],
  carrier_detail: { est_delivery_date_local: '2024-07-04', est_delivery_time_local: null },
};

describe('normalizeEasyPostTracker', () => {
  it('prefers the carrier-local estimate, sorts details and keeps the public URL', () => {
    const shipment = normalizeEasyPostTracker(tracker);
    expect(shipment.eta?.start).toEqual({ kind: 'date', date: '2024-07-04', raw: '2024-07-04' });
    expect(shipment.events.map((event) => event.description)).toEqual(['Label created', 'Arrived']);
    expect(shipment.events[1]?.location).toEqual({ city: 'Reno', region: 'NV', country: 'US', postalCode: '89501' });
    expect(shipment.trackingUrl).toBe('https://track.easypost.com/x');
    expect(shipment.carrier).toEqual({ code: 'usps', name: 'USPS' });
  });

  it('reads the tracker of a return Shipment and of a webhook Event', () => {
    expect(normalizeEasyPostTracker({ object: 'Shipment', is_return: true, tracker }).direction).toBe('return');
    expect(normalizeEasyPostTracker({ object: 'Event', result: { ...tracker, is_return: true } }).direction).toBe(
      'return',
    );
  });

  it('refines failure by status_detail', () => {
    expect(normalizeEasyPostTracker({ ...tracker, status: 'failure', status_detail: 'lost' }).status).toMatchObject({
      milestone: 'in_transit',
      exception: 'lost',
    });
  });

  it('keeps an error tracker as unknown with EasyPost message', () => {
    const shipment = normalizeEasyPostTracker({
      ...tracker,
      status: 'error',
      status_detail: 'unknown',
      est_delivery_date: null,
      carrier_detail: null,
      tracking_details: [{ datetime: '2024-07-29T18:08:30Z', status: 'error', message: 'Invalid tracking code' }],
    });
    expect(shipment.status).toMatchObject({
      milestone: 'label_created',
      exception: 'unknown',
      raw: { message: 'Invalid tracking code' },
    });
  });

  it('throws InvalidResponseError for a shipment without a tracker', () => {
    try {
      normalizeEasyPostTracker({ object: 'Shipment', tracker: null });
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.path).toBe('tracker');
    }
  });
});
