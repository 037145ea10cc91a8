import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAfterShipSource } from '../../providers/aftership/createAfterShipSource.js';
import { composeSources } from '../compose/composeSources.js';
import { createHandler } from '../createHandler.js';
import { createMemorySourceCache } from '../createMemorySourceCache.js';
import type { SourceCache } from '../SourceCache.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { hasSharedFixture, readSharedFixture } from './readSharedFixture.js';
import { getWithToken, postJson, readJson } from './requests.js';
import { signHmacBase64 } from './signHmacBase64.js';

// The UPS parcel AfterShip recorded in 2014, delivered; its API answers with this tracking as it stands.
const fixture = 'aftership/v4_2014_01_delivered_ups_IN-US.json';
const available = hasSharedFixture(fixture);
if (!available) console.warn('[waypost] ../shared/fixtures is absent: skipping the webhook cache tests');

const webhookSecret = 'aftership-webhook-secret';
type Tracking = Record<string, unknown> & { tracking_number: string; checkpoints: Array<{ tag: string }> };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const readTracking = () => (readSharedFixture(fixture) as { data: { tracking: Tracking } }).data.tracking;

// A store whose order W1001 ships that parcel, tracked through AfterShip, behind a handler with a cache: the
// AfterShip calls are counted at the network.
async function setup(store: SourceCache = createMemorySourceCache()) {
  const tracking = readTracking();
  const calls = { aftership: 0 };
  server.use(
    http.get(`https://api.aftership.com/v4/trackings/ups/${tracking.tracking_number}`, () => {
      calls.aftership += 1;
      return HttpResponse.json(readSharedFixture(fixture) as object);
    }),
  );
  const orders = createTestSource(['subscribe']);
  const order = orders.orders.get('ord_1')!;
  Object.assign(order.shipments[0]!, { trackingNumber: tracking.tracking_number, events: [] });
  order.returns = [];
  const handler = createHandler({
    source: composeSources({ orders, tracking: createAfterShipSource({ apiKey: 'key', apiVersion: 'v4' }) }),
    secret: testSecret,
    rateLimit: false,
    cache: { store, ttlMs: 60_000 },
    webhooks: { aftership: { secret: webhookSecret } },
  });
  const lookup = await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
  const { token } = (await readJson(lookup)).access;
  const read = async () => {
    const response = await handler(getWithToken('/orders/ord_1', token));
    expect(response.status).toBe(200);
    return (await readJson(response)).order.shipments[0];
  };
  const deliver = async (msg: Tracking) => {
    const body = JSON.stringify({ event: 'tracking_update', msg, ts: 1_700_000_000 });
    const signature = await signHmacBase64(body, webhookSecret);
    return (await handler(postJson('/webhooks/aftership', body, { 'aftership-hmac-sha256': signature }))).status;
  };
  return { tracking, calls, read, deliver };
}

describe.skipIf(!available)('invalidateShipment', () => {
  it('keeps the cached answers when a webhook replays the state they show, or an older one', async () => {
    const { tracking, calls, read, deliver } = await setup();
    await read();
    const before = calls.aftership;
    expect(await deliver(tracking)).toBe(200);
    const index = tracking.checkpoints.findIndex((checkpoint) => checkpoint.tag === 'InTransit');
    expect(
      await deliver({ ...tracking, tag: 'InTransit', checkpoints: tracking.checkpoints.slice(0, index + 1) }),
    ).toBe(200);
    expect((await read()).status.milestone).toBe('delivered');
    expect(calls.aftership).toBe(before);
  });

  it('keeps them when the webhook is about another carrier’s parcel under the number', async () => {
    const { tracking, calls, read, deliver } = await setup();
    await read();
    const before = calls.aftership;
    expect(await deliver({ ...tracking, slug: 'fedex', updated_at: '2014-07-20T00:00:00+00:00' })).toBe(200);
    expect((await read()).carrier.code).toBe('ups');
    expect(calls.aftership).toBe(before);
  });

  it('forgets them when the webhook is newer than what they show', async () => {
    const { tracking, calls, read, deliver } = await setup();
    await read();
    const before = calls.aftership;
    expect(await deliver({ ...tracking, updated_at: '2014-07-19T08:04:49+00:00' })).toBe(200);
    await read();
    expect(calls.aftership).toBe(before + 1);
  });

  it('forgets them on every webhook when the store cannot list a tag’s entries', async () => {
    const { getTagged: _getTagged, ...store } = createMemorySourceCache();
    const { tracking, calls, read, deliver } = await setup(store);
    await read();
    const before = calls.aftership;
    expect(await deliver(tracking)).toBe(200);
    await read();
    expect(calls.aftership).toBe(before + 1);
  });
});
