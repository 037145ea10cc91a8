import { afterEach, describe, expect, it } from 'vitest';
import { createHandler } from '../createHandler.js';
import { encodeBase64Url } from '../encodeBase64Url.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { readEvents } from './readEvents.js';
import { hasSharedFixture, readSharedFixture } from './readSharedFixture.js';
import { getWithToken, origin, postJson, readJson } from './requests.js';
import { signHmacBase64 } from './signHmacBase64.js';

const fixture = 'aftership/v4_node_02_get_tracking_delivered_ups.json';
const webhookSecret = 'aftership-webhook-secret';
const easyPostFixture = 'easypost/tracker_py2022_04_delivered_EZ4000000004.json';
const available = hasSharedFixture(fixture) && hasSharedFixture(easyPostFixture);
if (!available) console.warn('[waypost] ../shared/fixtures is absent: skipping the webhook tests');

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

async function setup() {
  const tracking = (readSharedFixture(fixture) as { data: { tracking: { tracking_number: string } } }).data.tracking;
  // The order's parcel is the one AfterShip tracks, as the store knows it: shipped, without scans (the test source's
  // own scan is dated after the recorded tracking, which would make the recording stale). The source cannot push.
  const source = createTestSource(['subscribe']);
  Object.assign(source.orders.get('ord_1')!.shipments[0]!, { trackingNumber: tracking.tracking_number, events: [] });
  const handler = createHandler({
    source,
    secret: testSecret,
    rateLimit: false,
    basePath: '/api/waypost',
    webhooks: { aftership: { secret: webhookSecret } },
    pingIntervalMs: 20,
  });
  const lookup = await handler(postJson('/api/waypost/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
  const { token } = (await readJson(lookup)).access;
  const body = JSON.stringify({ event: 'tracking_update', msg: tracking, ts: 1_700_000_000 });
  const deliver = async (signature: string) =>
    handler(postJson('/api/waypost/webhooks/aftership', body, { 'aftership-hmac-sha256': signature }));
  const open = async () => {
    const controller = new AbortController();
    controllers.push(controller);
    const request = new Request(getWithToken('/api/waypost/stream/order/ord_1', token), { signal: controller.signal });
    return readEvents((await handler(request)).body!);
  };
  return { handler, deliver, open, body };
}

describe.skipIf(!available)('createHandler', () => {
  describe('POST /webhooks/aftership', () => {
    it('turns on push in the capabilities', async () => {
      const { handler } = await setup();
      const capabilities = await readJson(await handler(new Request(`${origin}/api/waypost/capabilities`)));
      expect(capabilities.push).toBe(true);
    });

    it('verifies the signature and pushes the fresh parcel to the order’s stream', async () => {
      const { deliver, open, body } = await setup();
      const stream = await open();
      const [initial] = await stream.until(1);
      expect(JSON.parse(initial!.data).order.shipments[0].status.milestone).toBe('in_transit');
      const response = await deliver(await signHmacBase64(body, webhookSecret));
      expect(response.status).toBe(200);
      const [, update] = await stream.until(2);
      const shipment = JSON.parse(update!.data).order.shipments[0];
      expect(shipment.status.milestone).toBe('delivered');
      // The record's own identity survives the provider's.
      expect(shipment.id).toBe('shp_1');
      expect(shipment.itemIds).toEqual(['li_1']);
    });

    it('answers 401 to a wrong or missing signature and pushes nothing', async () => {
      const { deliver, open, body } = await setup();
      const stream = await open();
      await stream.until(1);
      for (const signature of [await signHmacBase64(body, 'another-secret'), '', encodeBase64Url(new Uint8Array(32))]) {
        const response = await deliver(signature);
        expect(response.status).toBe(401);
        expect((await readJson(response)).code).toBe('verification_failed');
      }
      await stream.untilText(': ping');
      expect(stream.events).toHaveLength(1);
    });

    it('accepts an EasyPost event signed with hmac-sha256-hex and pushes its tracker', async () => {
      const tracker = readSharedFixture(easyPostFixture) as { tracking_code: string };
      const source = createTestSource(['subscribe']);
      // The store's copy of the USPS parcel EasyPost tracks (the test source's own parcel is UPS).
      Object.assign(source.orders.get('ord_1')!.shipments[0]!, {
        carrier: { code: 'usps', name: 'USPS' },
        trackingNumber: tracker.tracking_code,
        events: [],
      });
      const handler = createHandler({
        source,
        secret: testSecret,
        rateLimit: false,
        webhooks: { easypost: { secret: webhookSecret } },
        pingIntervalMs: 20,
      });
      const lookup = await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
      const { token } = (await readJson(lookup)).access;
      const controller = new AbortController();
      controllers.push(controller);
      const stream = readEvents(
        (await handler(new Request(getWithToken('/stream/order/ord_1', token), { signal: controller.signal }))).body!,
      );
      await stream.until(1);
      const body = JSON.stringify({ object: 'Event', description: 'tracker.updated', result: tracker });
      const hex = async (secret: string) =>
        [...atob(await signHmacBase64(body, secret))]
          .map((char) => char.charCodeAt(0).toString(16).padStart(2, '0'))
          .join('');
      const post = async (signature: string) =>
        handler(postJson('/webhooks/easypost', body, { 'X-Hmac-Signature': signature }));
      expect((await post(`hmac-sha256-hex=${await hex('wrong-secret')}`)).status).toBe(401);
      expect((await post(`hmac-sha256-hex=${await hex(webhookSecret)}`)).status).toBe(200);
      const [, update] = await stream.until(2);
      expect(JSON.parse(update!.data).order.shipments[0].status.milestone).toBe('delivered');
    });

    it('answers 404 for a provider that is not configured', async () => {
      const { handler } = await setup();
      const response = await handler(postJson('/api/waypost/webhooks/easypost', {}));
      expect(response.status).toBe(404);
    });
  });
});
