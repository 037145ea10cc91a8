import { afterEach, describe, expect, it } from 'vitest';
import { createHandler } from '../createHandler.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { readEvents } from './readEvents.js';
import { hasSharedFixture, readSharedFixture } from './readSharedFixture.js';
import { getWithToken, postJson, readJson } from './requests.js';
import { signHmacBase64 } from './signHmacBase64.js';

const aftershipFixture = 'aftership/v4_2014_01_delivered_ups_IN-US.json';
// One EasyPost test tracker, recorded in 2022 and, earlier, in 2020.
const easyPostFixture = 'easypost/tracker_py2022_04_delivered_EZ4000000004.json';
const easyPostEarlier = 'easypost/tracker_go2020_delivered_EZ4000000004.json';
const available = [aftershipFixture, easyPostFixture, easyPostEarlier].every(hasSharedFixture);
if (!available) console.warn('[waypost] ../shared/fixtures is absent: skipping the webhook ordering tests');

const secret = 'webhook-secret';
type Json = Record<string, unknown>;
type Tracking = Json & { tracking_number: string; checkpoints: Array<{ tag: string }> };

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

// The real UPS tracking AfterShip recorded, cut back to the moment a scan with `tag` was its newest.
function trackingAt(tag: string): Tracking {
  const tracking = (readSharedFixture(aftershipFixture) as { data: { tracking: Tracking } }).data.tracking;
  const index = tracking.checkpoints.findIndex((checkpoint) => checkpoint.tag === tag);
  return { ...tracking, tag, checkpoints: tracking.checkpoints.slice(0, index + 1) };
}

const hex = (base64: string) =>
  [...atob(base64)].map((char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('');

// A handler whose order ord_1 holds the store's copy of the parcel (shipped, no scans, unless `parcel` gives some),
// and its open stream.
async function watchOrder(trackingNumber: string, carrier: { code: string; name: string }, parcel: Json = {}) {
  const source = createTestSource(['subscribe']);
  Object.assign(source.orders.get('ord_1')!.shipments[0]!, { trackingNumber, carrier, events: [], ...parcel });
  const handler = createHandler({
    source,
    secret: testSecret,
    rateLimit: false,
    webhooks: { aftership: { secret }, easypost: { secret } },
  });
  const lookup = await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
  const { token } = (await readJson(lookup)).access;
  const controller = new AbortController();
  controllers.push(controller);
  const request = new Request(getWithToken('/stream/order/ord_1', token), { signal: controller.signal });
  const stream = readEvents((await handler(request)).body!);
  await stream.until(1);
  const aftership = async (tracking: Json) => {
    const body = JSON.stringify({ event: 'tracking_update', msg: tracking, ts: 1_700_000_000 });
    const signature = await signHmacBase64(body, secret);
    return (await handler(postJson('/webhooks/aftership', body, { 'aftership-hmac-sha256': signature }))).status;
  };
  const easypost = async (tracker: Json) => {
    const body = JSON.stringify({ object: 'Event', description: 'tracker.updated', result: tracker });
    const signature = `hmac-sha256-hex=${hex(await signHmacBase64(body, secret))}`;
    return (await handler(postJson('/webhooks/easypost', body, { 'X-Hmac-Signature': signature }))).status;
  };
  // The parcel as each update event showed it, oldest first.
  const parcels = async (count: number) =>
    (await stream.until(count + 1)).slice(1).map((event) => JSON.parse(event.data).order.shipments[0]);
  return { aftership, easypost, parcels, stream };
}

describe.skipIf(!available)('createHandler', () => {
  describe('POST /webhooks/{provider} and the order’s stream', () => {
    it('keeps a delivered parcel delivered when an older AfterShip update arrives late or is replayed', async () => {
      const delivered = trackingAt('Delivered');
      const { aftership, parcels, stream } = await watchOrder(delivered.tracking_number, { code: 'ups', name: 'UPS' });
      expect(await aftership(delivered)).toBe(200);
      expect(await aftership(trackingAt('OutForDelivery'))).toBe(200);
      expect(await aftership(trackingAt('InTransit'))).toBe(200);
      expect(await aftership(delivered)).toBe(200);
      // Then AfterShip's next update of the tracking: the first event after the delivery must be this one.
      expect(await aftership({ ...delivered, updated_at: '2014-07-19T08:04:49+00:00' })).toBe(200);
      const shown = await parcels(2);
      expect(shown.map((parcel) => [parcel.status.milestone, parcel.updatedAt.raw])).toEqual([
        ['delivered', '2014-07-18T08:04:49+00:00'],
        ['delivered', '2014-07-19T08:04:49+00:00'],
      ]);
      expect(stream.events).toHaveLength(3);
    });

    it('takes a second AfterShip scan in the same second under the same updated-at, and drops its replays', async () => {
      const outForDelivery = trackingAt('OutForDelivery');
      // The recording's next checkpoint is an InTransit scan at the very time of the OutForDelivery one.
      const rescanned = { ...outForDelivery, checkpoints: trackingAt('Delivered').checkpoints.slice(0, -1) };
      const times = (tracking: Json) =>
        (tracking.checkpoints as Array<{ checkpoint_time: string }>).map((c) => c.checkpoint_time);
      expect(rescanned.checkpoints).toHaveLength(outForDelivery.checkpoints.length + 1);
      expect(times(rescanned).at(-1)).toBe(times(outForDelivery).at(-1));
      const { aftership, stream } = await watchOrder(outForDelivery.tracking_number, { code: 'ups', name: 'UPS' });
      for (const tracking of [outForDelivery, rescanned, outForDelivery, rescanned]) {
        expect(await aftership(tracking)).toBe(200);
      }
      // AfterShip's next update, to know every push before it has reached the stream.
      expect(await aftership({ ...trackingAt('Delivered'), updated_at: '2014-07-19T08:04:49+00:00' })).toBe(200);
      await stream.untilText('2014-07-19T08:04:49+00:00');
      const shown = stream.events.slice(1).map((event) => JSON.parse(event.data).order.shipments[0]);
      expect(shown.map((parcel) => parcel.events.length)).toEqual([
        outForDelivery.checkpoints.length,
        rescanned.checkpoints.length,
        rescanned.checkpoints.length + 1,
      ]);
    });

    it('takes AfterShip’s zone-less delivery scan over an earlier instant, never reading it as UTC', async () => {
      const delivered = trackingAt('Delivered');
      // The store saw the parcel out for delivery at 14:00 UTC, 10:00 in Philadelphia; UPS scanned the delivery there
      // at 12:31 local time (16:31 UTC), which AfterShip's 2014 data writes with no offset.
      const time = { kind: 'instant', utc: '2014-05-08T14:00:00.000Z', raw: '2014-05-08T14:00:00Z' };
      const { aftership, stream } = await watchOrder(
        delivered.tracking_number,
        { code: 'ups', name: 'UPS' },
        {
          status: {
            milestone: 'out_for_delivery',
            exception: null,
            actionRequired: false,
            raw: { provider: 'test', status: 'OutForDelivery' },
          },
          events: [{ time, milestone: 'out_for_delivery', description: 'Out for delivery' }],
          updatedAt: time,
        },
      );
      expect(await aftership(trackingAt('OutForDelivery'))).toBe(200);
      expect(await aftership(delivered)).toBe(200);
      await stream.untilText('2014-05-08T12:31:00');
      const shown = stream.events.slice(1).map((event) => JSON.parse(event.data).order.shipments[0]);
      expect(shown.map((parcel) => [parcel.status.milestone, parcel.events.at(-1).time.raw])).toEqual([
        ['delivered', '2014-05-08T12:31:00'],
      ]);
    });

    it('leaves a UPS parcel alone when AfterShip reports another carrier’s parcel under its number', async () => {
      const delivered = trackingAt('Delivered');
      const { aftership, parcels } = await watchOrder(delivered.tracking_number, { code: 'ups', name: 'UPS' });
      expect(await aftership({ ...delivered, slug: 'fedex', tag: 'Exception', subtag: 'Exception_013' })).toBe(200);
      expect(await aftership(trackingAt('InTransit'))).toBe(200);
      const [shown] = await parcels(1);
      expect([shown.carrier.code, shown.status.milestone]).toEqual(['ups', 'in_transit']);
    });

    it('drops an EasyPost tracker recorded before the one the stream shows, and keeps the carrier of one naming none', async () => {
      const current = readSharedFixture(easyPostFixture) as Json & { tracking_code: string; updated_at: string };
      const { easypost, parcels } = await watchOrder(current.tracking_code, { code: 'usps', name: 'USPS' });
      expect(await easypost(current)).toBe(200);
      expect(await easypost(readSharedFixture(easyPostEarlier) as Json)).toBe(200);
      const { carrier: _carrier, ...anonymous } = current;
      expect(await easypost({ ...anonymous, status: 'return_to_sender', updated_at: '2022-03-10T00:00:00Z' })).toBe(
        200,
      );
      const shown = await parcels(2);
      expect(shown.map((parcel) => [parcel.carrier.code, parcel.status.raw.status, parcel.updatedAt.raw])).toEqual([
        ['usps', 'delivered', current.updated_at],
        ['usps', 'return_to_sender', '2022-03-10T00:00:00Z'],
      ]);
    });
  });
});
