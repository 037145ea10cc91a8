import { afterEach, describe, expect, it } from 'vitest';
import type { Resource } from '../../model/LookupResult.js';
import { createHandler } from '../createHandler.js';
import { createPushHub } from '../createPushHub.js';
import { createTestSource, testSecret, testShipment } from './createTestSource.js';
import { readEvents } from './readEvents.js';
import { getWithToken, postJson, readJson } from './requests.js';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

async function setup(without: Parameters<typeof createTestSource>[0] = [], tokenTtl?: number) {
  const source = createTestSource(without);
  const handler = createHandler({
    source,
    secret: testSecret,
    rateLimit: false,
    pingIntervalMs: 20,
    ...(tokenTtl ? { tokenTtl } : {}),
  });
  const lookup = await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
  const { token } = (await readJson(lookup)).access;
  const open = (path = '/stream/order/ord_1', bearer: string = token) => {
    const controller = new AbortController();
    controllers.push(controller);
    const request = new Request(getWithToken(path, bearer, { Accept: 'text/event-stream' }), {
      signal: controller.signal,
    });
    return { controller, response: handler(request) };
  };
  return { source, handler, token, open };
}

const delivered = (resource: Resource): Resource => {
  if (resource.kind !== 'order') return resource;
  return { kind: 'order', order: { ...resource.order, status: { milestone: 'delivered', exception: null } } };
};

describe('createHandler', () => {
  describe('GET /stream/{kind}/{id}', () => {
    it('sends the record first, with its ETag as the event id', async () => {
      const { open, handler, token } = await setup();
      const response = await open().response;
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const [first] = await readEvents(response.body!).until(1);
      expect(first?.type).toBe('update');
      expect(JSON.parse(first!.data)).toMatchObject({ kind: 'order', order: { id: 'ord_1' } });
      const read = await handler(getWithToken('/orders/ord_1', token));
      expect(first?.id).toBe(read.headers.get('etag'));
    });

    it('delivers each change once and skips repeats', async () => {
      const { open, source } = await setup();
      const stream = readEvents((await open().response).body!);
      const [initial] = await stream.until(1);
      const current = JSON.parse(initial!.data) as Resource;
      source.emit('order', 'ord_1', current);
      source.emit('order', 'ord_1', delivered(current));
      source.emit('order', 'ord_1', delivered(current));
      await stream.untilText(': ping');
      const events = await stream.until(2);
      await stream.untilText(': ping\n\n: ping');
      expect(events).toHaveLength(2);
      expect(JSON.parse(events[1]!.data).order.status.milestone).toBe('delivered');
      expect(events[1]!.id).not.toBe(events[0]!.id);
    });

    it('applies a pushed parcel to the record as the source last sent it, not as it was when the stream opened', async () => {
      const push = createPushHub();
      const source = createTestSource();
      const handler = createHandler({ source, secret: testSecret, rateLimit: false, pingIntervalMs: 20, push });
      const { token } = (
        await readJson(await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' })))
      ).access;
      const controller = new AbortController();
      controllers.push(controller);
      const request = new Request(getWithToken('/stream/order/ord_1', token, { Accept: 'text/event-stream' }), {
        signal: controller.signal,
      });
      const stream = readEvents((await handler(request)).body!);
      const [initial] = await stream.until(1);
      // The source says the order is delivered; then a webhook brings news of its parcel.
      source.emit('order', 'ord_1', delivered(JSON.parse(initial!.data) as Resource));
      await stream.until(2);
      const later = new Date(Date.now() + 60_000).toISOString();
      const parcel = testShipment();
      push.publish({
        ...parcel,
        status: { ...parcel.status, milestone: 'out_for_delivery' },
        events: [
          { ...parcel.events[0]!, time: { kind: 'instant', utc: later, raw: later }, milestone: 'out_for_delivery' },
          ...parcel.events,
        ],
      });
      const events = await stream.until(3);
      const pushed = JSON.parse(events[2]!.data);
      expect(pushed.order.shipments[0].status.milestone).toBe('out_for_delivery');
      expect(pushed.order.status.milestone).toBe('delivered');
    });

    it('sends a ping comment on the interval', async () => {
      const { open } = await setup();
      const stream = readEvents((await open().response).body!);
      await stream.untilText(': ping\n\n');
      expect(stream.raw).toContain(': ping\n\n');
    });

    it('unsubscribes and ends the stream when the client disconnects', async () => {
      const { open, source } = await setup();
      const { controller, response } = open();
      const stream = readEvents((await response).body!);
      await stream.until(1);
      expect(source.listenerCount).toBe(1);
      controller.abort();
      await stream.end().catch(() => {});
      expect(source.listenerCount).toBe(0);
    });

    it('ends the stream with an end event when its token expires, and refuses to reopen it with that token', async () => {
      const { open, source } = await setup([], 1);
      const opened = performance.now();
      const stream = readEvents((await open().response).body!);
      await stream.until(1);
      await stream.end();
      const last = stream.events.at(-1)!;
      expect(last.type).toBe('end');
      expect(JSON.parse(last.data)).toEqual({ kind: 'order', id: 'ord_1', status: 401, code: 'verification_failed' });
      // Tokens expire on a whole second: at most 1 s (plus scheduling) after the lookup.
      expect(performance.now() - opened).toBeLessThan(2_500);
      expect(source.listenerCount).toBe(0);
      const again = await open().response;
      expect(again.status).toBe(401);
    });

    it('unsubscribes when the runtime cancels the body', async () => {
      const { open, source } = await setup();
      const stream = readEvents((await open().response).body!);
      await stream.until(1);
      await stream.cancel();
      expect(source.listenerCount).toBe(0);
    });

    // A handler that caps each client address at two streams (the address from `CF-Connecting-IP`), and how to
    // open a stream of W1001 with `headers`.
    const cappedStreams = async () => {
      const handler = createHandler({
        source: createTestSource(),
        secret: testSecret,
        rateLimit: false,
        maxStreamsPerClient: 2,
        clientAddressHeader: 'cf-connecting-ip',
      });
      const lookup = await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
      const { token } = (await readJson(lookup)).access;
      return (headers: Record<string, string>) => {
        const controller = new AbortController();
        controllers.push(controller);
        const request = new Request(getWithToken('/stream/order/ord_1', token, headers), { signal: controller.signal });
        return { controller, response: handler(request) };
      };
    };

    it('caps the open streams of one client address and frees a slot when one closes', async () => {
      const open = await cappedStreams();
      const first = open({ 'CF-Connecting-IP': '203.0.113.5' });
      expect((await first.response).status).toBe(200);
      expect((await open({ 'CF-Connecting-IP': '203.0.113.5' }).response).status).toBe(200);
      const refused = await open({ 'CF-Connecting-IP': '203.0.113.5' }).response;
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect((await open({ 'CF-Connecting-IP': '203.0.113.6' }).response).status).toBe(200);
      first.controller.abort();
      expect((await open({ 'CF-Connecting-IP': '203.0.113.5' }).response).status).toBe(200);
    });

    it('caps the streams of clients without a usable address together, as one address', async () => {
      const open = await cappedStreams();
      // No header at all, and a header that holds no IP address: both are the key `unknown`.
      const first = open({});
      expect((await first.response).status).toBe(200);
      expect((await open({ 'CF-Connecting-IP': '_hidden' }).response).status).toBe(200);
      const refused = await open({ 'CF-Connecting-IP': 'not an address' }).response;
      expect(refused.status).toBe(429);
      expect((await open({}).response).status).toBe(429);
      expect((await open({ 'CF-Connecting-IP': '203.0.113.5' }).response).status).toBe(200);
      first.controller.abort();
      expect((await open({}).response).status).toBe(200);
    });

    it('counts streams opened in the same tick against the cap, and frees the slots of refused ones', async () => {
      const source = createTestSource();
      const handler = createHandler({
        source,
        secret: testSecret,
        rateLimit: false,
        maxStreamsPerClient: 5,
        clientAddressHeader: 'cf-connecting-ip',
      });
      const lookup = await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
      const { token } = (await readJson(lookup)).access;
      const open = (bearer: string) => {
        const controller = new AbortController();
        controllers.push(controller);
        const headers = { 'CF-Connecting-IP': '203.0.113.7' };
        return handler(
          new Request(getWithToken('/stream/order/ord_1', bearer, headers), { signal: controller.signal }),
        );
      };
      const failed = await Promise.all(Array.from({ length: 5 }, () => open('not-a-token')));
      expect(failed.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
      const responses = await Promise.all(Array.from({ length: 50 }, () => open(token)));
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 200)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(45);
    });

    it('checks the token before streaming', async () => {
      const { open } = await setup();
      expect((await open('/stream/order/ord_1', 'nope').response).status).toBe(401);
      expect((await open('/stream/order/ord_2').response).status).toBe(401);
    });

    it('answers 501 unsupported when the source cannot push', async () => {
      const { open } = await setup(['subscribe']);
      const response = await open().response;
      expect(response.status).toBe(501);
      expect((await readJson(response)).code).toBe('unsupported');
    });
  });
});
