import { describe, expect, it } from 'vitest';
import { parseModel } from '../../../model/parseModel.js';
import { shipmentSchema } from '../../../model/schemas/shipmentSchema.js';
import { normalizeKarrioTracker } from '../normalizeKarrioTracker.js';
import { sampleKarrioTracker } from './sampleKarrioTracker.js';

describe('normalizeKarrioTracker', () => {
  it('maps a delivered tracker to a valid shipment', () => {
    const shipment = normalizeKarrioTracker(sampleKarrioTracker());
    expect(parseModel(shipmentSchema, shipment, 'shipment')).toEqual(shipment);
    expect(shipment).toMatchObject({
      id: 'karrio:canadapost:7023210039414604',
      carrier: { code: 'canada-post', name: 'Canada Post' },
      trackingUrl: 'https://www.canadapost-postescanada.ca/track-reperage/en#/details/7023210039414604',
      status: { milestone: 'delivered', exception: null, raw: { provider: 'karrio', status: 'delivered' } },
      eta: null,
      deliveredAt: { kind: 'wall', local: '2024-03-07T14:02', raw: '2024-03-07T14:02' },
    });
  });

  it('keeps split date and time as wall-clock readings, oldest first', () => {
    const { events } = normalizeKarrioTracker(sampleKarrioTracker());
    expect(events.map((event) => event.time)).toEqual([
      { kind: 'date', date: '2024-03-05', raw: '2024-03-05' },
      { kind: 'wall', local: '2024-03-05T21:40', raw: '2024-03-05T21:40' },
      { kind: 'wall', local: '2024-03-07T08:11', raw: '2024-03-07T08:11' },
      { kind: 'wall', local: '2024-03-07T14:02', raw: '2024-03-07T14:02' },
    ]);
    expect(events[1]).toMatchObject({
      description: 'Item processed at postal facility & sorted',
      milestone: 'in_transit',
      location: { city: 'MISSISSAUGA', region: 'ON' },
      code: '0100',
    });
  });

  it('prefers estimated_delivery over info.expected_delivery while in transit', () => {
    const shipment = normalizeKarrioTracker(sampleKarrioTracker('in_transit'));
    expect(shipment.eta).toEqual({ start: { kind: 'date', date: '2024-03-08', raw: '2024-03-08' }, changes: [] });
    const fallback = normalizeKarrioTracker(sampleKarrioTracker('in_transit', { estimated_delivery: null }));
    expect(fallback.eta?.start.raw).toBe('2024-03-09');
  });

  it('keeps the milestone the events reached when the status is an exception', () => {
    expect(normalizeKarrioTracker(sampleKarrioTracker('delivery_delayed')).status).toMatchObject({
      milestone: 'out_for_delivery',
      exception: 'delayed',
    });
    expect(normalizeKarrioTracker(sampleKarrioTracker('on_hold', { events: [] })).status).toMatchObject({
      milestone: 'label_created',
      exception: 'exception',
      actionRequired: true,
    });
  });

  it('drops a tracking link that is not http or https', () => {
    const payload = sampleKarrioTracker('in_transit', { info: { carrier_tracking_link: 'javascript:alert(1)' } });
    expect(normalizeKarrioTracker(payload).trackingUrl).toBeUndefined();
  });
});
