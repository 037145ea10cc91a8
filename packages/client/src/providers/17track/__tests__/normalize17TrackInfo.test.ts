import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { parseModel } from '../../../model/parseModel.js';
import { shipmentSchema } from '../../../model/schemas/shipmentSchema.js';
import { normalize17TrackInfo } from '../normalize17TrackInfo.js';
import { finalEvents, sample17TrackInfo, transitEvents } from './sample17TrackInfo.js';

function item(payload: Record<string, unknown>) {
  return ((payload.data as Record<string, unknown>).accepted as unknown[])[0] as Record<string, unknown>;
}

describe('normalize17TrackInfo', () => {
  it('maps a /gettrackinfo answer to a valid shipment', () => {
    const shipment = normalize17TrackInfo(sample17TrackInfo());
    expect(parseModel(shipmentSchema, shipment, 'shipment')).toEqual(shipment);
    expect(shipment).toMatchObject({
      id: '17track:100002:1Z2617V10397725789',
      trackingNumber: '1Z2617V10397725789',
      carrier: { code: 'ups', name: 'UPS', url: 'https://www.ups.com/' },
      status: {
        milestone: 'in_transit',
        exception: null,
        raw: { provider: '17track', status: 'InTransit', substatus: 'InTransit_Arrival' },
      },
    });
  });

  it('sorts the newest-first events oldest first and keeps the offsets 17TRACK wrote', () => {
    const { events } = normalize17TrackInfo(sample17TrackInfo());
    expect(events.map((event) => event.time?.raw)).toEqual([
      '2022-06-01T18:01:00-04:00',
      '2022-06-02T13:05:00-04:00',
      '2022-06-02T22:40:00-04:00',
      '2022-06-03T05:12:00-05:00',
    ]);
    expect(events[3]).toMatchObject({
      time: { kind: 'instant', offset: -300 },
      milestone: 'in_transit',
      code: 'InTransit_Arrival',
      location: { city: 'Memphis', region: 'TN', country: 'US' },
    });
  });

  it('keeps one copy of a scan that the legs’ two carriers both report', () => {
    const payload = sample17TrackInfo();
    const { providers } = (item(payload).track_info as { tracking: { providers: Array<Record<string, unknown>> } })
      .tracking;
    const [first] = transitEvents;
    // The destination carrier's leg repeats the origin's newest scan, then adds one of its own.
    const own = {
      ...first,
      time_iso: '2022-06-03T09:00:00-05:00',
      time_utc: '2022-06-03T14:00:00Z',
      description: 'Out For Delivery',
    };
    providers.push({
      ...providers[0],
      provider: { ...(providers[0]!.provider as object), key: 100003 },
      events: [own, first],
    });
    const { events } = normalize17TrackInfo(payload);
    expect(events.map((event) => event.time?.raw)).toEqual([
      '2022-06-01T18:01:00-04:00',
      '2022-06-02T13:05:00-04:00',
      '2022-06-02T22:40:00-04:00',
      '2022-06-03T05:12:00-05:00',
      '2022-06-03T09:00:00-05:00',
    ]);
  });

  it('decodes HTML entities and prefers the translated description', () => {
    const shipment = normalize17TrackInfo(
      sample17TrackInfo({
        status: 'Delivered',
        subStatus: 'Delivered_Other',
        events: [...finalEvents, ...transitEvents],
      }),
    );
    expect(shipment.events[0]?.description).toBe(
      'Shipper created a label, UPS has not received the package yet & will update',
    );
    expect(shipment.events.at(-1)?.description).toBe('Delivered: front door');
  });

  it('falls back to time_utc when time_iso is missing', () => {
    const payload = sample17TrackInfo({ events: [{ ...transitEvents[0], time_iso: null }] });
    expect(normalize17TrackInfo(payload).events[0]?.time).toMatchObject({
      kind: 'instant',
      utc: '2022-06-03T10:12:00.000Z',
      raw: '2022-06-03T10:12:00Z',
    });
  });

  it('shows the estimated window while in transit and hides it once delivered', () => {
    expect(normalize17TrackInfo(sample17TrackInfo()).eta).toMatchObject({
      start: { raw: '2022-06-06T00:00:00-05:00' },
      end: { raw: '2022-06-06T23:59:59-05:00' },
      changes: [],
    });
    const delivered = normalize17TrackInfo(
      sample17TrackInfo({
        status: 'Delivered',
        subStatus: 'Delivered_Other',
        events: [...finalEvents, ...transitEvents],
      }),
    );
    expect(delivered.eta).toBeNull();
    expect(delivered.deliveredAt?.raw).toBe('2022-06-06T14:31:00-05:00');
  });

  it('ignores an estimate that ends before the latest event', () => {
    expect(
      normalize17TrackInfo(
        sample17TrackInfo({ eta: { from: '2022-05-30T00:00:00-05:00', to: '2022-05-31T00:00:00-05:00' } }),
      ).eta,
    ).toBeNull();
  });

  it('keeps the progress reached when the status is an exception', () => {
    const shipment = normalize17TrackInfo(sample17TrackInfo({ status: 'Exception', subStatus: 'Exception_Lost' }));
    expect(shipment.status).toMatchObject({ milestone: 'in_transit', exception: 'lost' });
  });

  it('reads a webhook body and a single accepted item', () => {
    const accepted = item(sample17TrackInfo());
    expect(normalize17TrackInfo({ event: 'TRACKING_UPDATED', data: accepted }).trackingNumber).toBe(
      '1Z2617V10397725789',
    );
    expect(normalize17TrackInfo(accepted).events).toHaveLength(4);
  });

  it('survives lone surrogates and Object.prototype names in what the provider sends', () => {
    const events = transitEvents.map((event) => ({ ...event, stage: '__proto__', sub_status: 'constructor' }));
    const payload = sample17TrackInfo({ status: 'constructor', subStatus: '__proto__', events });
    Object.assign(item(payload), { number: '1Z\ud800' });
    const shipment = normalize17TrackInfo(payload);
    expect(shipment.trackingNumber).toBe('1Z\ud800');
    expect(shipment.id).toBe('17track:100002:1Z%EF%BF%BD');
    expect(shipment.status).toMatchObject({ exception: 'unknown', actionRequired: false });
    expect(['string', 'object']).toContain(typeof shipment.status.milestone);
    expect(shipment.events.every((event) => event.milestone === undefined)).toBe(true);
  });

  it('names the path when the answer accepted nothing', () => {
    const payload = sample17TrackInfo();
    (payload.data as Record<string, unknown>).accepted = [];
    try {
      normalize17TrackInfo(payload);
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.path).toBe('data.accepted.0');
    }
  });
});
