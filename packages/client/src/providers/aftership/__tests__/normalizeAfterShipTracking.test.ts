import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { normalizeAfterShipTracking } from '../normalizeAfterShipTracking.js';

// Hand-written, in the current API's shape.
const base = {
  id: 't1',
  tracking_number: '1Z999',
  slug: 'ups',
  tag: 'InTransit',
  subtag: 'InTransit_001',
  updated_at: '2024-11-24T09:00:00+00:00',
  checkpoints: [
    {
      checkpoint_time: '2024-11-22T18:00:00',
      tag: 'InTransit',
      message: 'Priority Mail 2-Day&#153; accepted',
      city: 'Memphis',
      state: 'TN',
      country_region: 'USA',
    },
    { checkpoint_time: '2024-11-21T09:00:00-05:00', tag: 'InfoReceived', message: 'Label created' },
  ],
};

describe('normalizeAfterShipTracking', () => {
  it('sorts checkpoints by time, keeps wall-clock readings and decodes entities', () => {
    const shipment = normalizeAfterShipTracking({ meta: { code: 200 }, data: base });
    expect(shipment.events.map((event) => event.time?.kind)).toEqual(['instant', 'wall']);
    expect(shipment.events[1]).toMatchObject({
      description: 'Priority Mail 2-Day™ accepted',
      milestone: 'in_transit',
      location: { city: 'Memphis', region: 'TN', country: 'US' },
    });
    expect(shipment.id).toBe('aftership:ups:1Z999');
  });

  it('turns a revised estimate into an EtaChange with the reason', () => {
    const shipment = normalizeAfterShipTracking({
      ...base,
      first_estimated_delivery: { type: 'specific', datetime: '2024-11-25', datetime_min: null, datetime_max: null },
      latest_estimated_delivery: { type: 'specific', datetime: '2024-11-27', revise_reason: 'extreme_weather' },
      courier_estimated_delivery_date: { estimated_delivery_date: '2024-11-26' },
    });
    expect(shipment.eta).toEqual({
      start: { kind: 'date', date: '2024-11-27', raw: '2024-11-27' },
      changes: [
        {
          from: { start: { kind: 'date', date: '2024-11-25', raw: '2024-11-25' } },
          to: { start: { kind: 'date', date: '2024-11-27', raw: '2024-11-27' } },
          reason: { code: 'weather', text: 'Extreme weather' },
          detectedAt: expect.objectContaining({ kind: 'instant', raw: '2024-11-24T09:00:00+00:00' }),
        },
      ],
    });
  });

  it('flags a failed attempt as needing the shopper', () => {
    const shipment = normalizeAfterShipTracking({ ...base, tag: 'AttemptFail', subtag: 'AttemptFail_001' });
    expect(shipment.status).toMatchObject({
      milestone: 'out_for_delivery',
      exception: 'attempt_failed',
      actionRequired: true,
    });
  });

  it('marks return legs and parcels going back to the sender', () => {
    expect(normalizeAfterShipTracking({ ...base, shipment_direction: 'return' }).direction).toBe('return');
    const back = normalizeAfterShipTracking({ ...base, tag: 'Delivered', return_to_sender: true });
    expect(back.status).toMatchObject({ milestone: 'in_transit', exception: 'returned_to_sender' });
    expect(back.deliveredAt).toBeUndefined();
  });

  it('falls back to shipment_delivery_date, read as UTC, for deliveredAt', () => {
    const shipment = normalizeAfterShipTracking({
      ...base,
      tag: 'Delivered',
      shipment_delivery_date: '2024-11-23T16:23:30',
    });
    expect(shipment.deliveredAt).toEqual({
      kind: 'instant',
      utc: '2024-11-23T16:23:30.000Z',
      raw: '2024-11-23T16:23:30',
    });
  });

  it('keeps only http(s) tracking links', () => {
    expect(
      normalizeAfterShipTracking({ ...base, courier_tracking_link: 'javascript:alert(1)' }).trackingUrl,
    ).toBeUndefined();
    expect(normalizeAfterShipTracking({ ...base, courier_tracking_link: 'https://ups.test/t' }).trackingUrl).toBe(
      'https://ups.test/t',
    );
  });

  it('throws InvalidResponseError naming the path of a malformed checkpoint', () => {
    try {
      normalizeAfterShipTracking({ data: { tracking: { ...base, checkpoints: [{ checkpoint_time: { at: 5 } }] } } });
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.path).toBe('data.tracking.checkpoints.0.checkpoint_time');
    }
  });
});
