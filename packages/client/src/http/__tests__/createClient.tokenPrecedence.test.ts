import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import type { LookupResult } from '../../model/LookupResult.js';
import type { Shipment } from '../../model/Shipment.js';
import { createTestSource, testSecret } from '../../server/__tests__/createTestSource.js';
import { createAccessToken } from '../../server/createAccessToken.js';
import { createHandler } from '../../server/createHandler.js';
import { eventStream } from './eventStream.js';
import { endpoint, useTestServer } from './testServer.js';

// The real handler answers at the network boundary: its tokens expire, and a tracking-number token reads the
// parcel's public view (the pickup point without its address).
const { server, requests } = useTestServer();
const minute = 60_000;
const order = { orderNumber: 'W1001', email: 'shopper@example.com' };
const tracking = { trackingNumber: '1Z999AA10123456784' };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2025-01-01T00:00:00Z'));
  const handler = createHandler({
    source: createTestSource(),
    secret: testSecret,
    basePath: '/apps/waypost',
    rateLimit: false,
    getClientAddress: () => '192.0.2.1',
  });
  server.use(http.all(`${endpoint}/*`, ({ request }) => handler(request)));
});

afterEach(() => {
  vi.useRealTimers();
});

const later = (minutes: number) => vi.setSystemTime(Date.now() + minutes * minute);
const setup = () => createClient({ endpoint, retry: 0, cache: false });
const deepLink = async (kind: 'order' | 'return', id: string) =>
  (await createAccessToken({ secret: testSecret, kind, id, ttlSeconds: 7 * 24 * 60 * 60 })).token;
const address = async (client: ReturnType<typeof setup>, id = 'shp_1') =>
  ((await client.get('shipment', id)) as { shipment: Shipment }).shipment.pickupPoint?.address;
const sent = () => requests.at(-1)?.headers.get('authorization')?.slice('Bearer '.length);
const bearer = (request: Request | undefined) => request?.headers.get('authorization')?.slice('Bearer '.length);
const streamed = (path: string) => requests.filter((request) => new URL(request.url).pathname.endsWith(path));
const recordsOf = async (request: Request) =>
  ((await request.clone().json()) as { records: Array<{ kind: string; id: string; token: string }> }).records;
/** A watch's listener and the pickup address of the last parcel it heard. */
const watching = () => {
  const listener = vi.fn<(next: LookupResult) => void>();
  const heard = () => (listener.mock.lastCall?.[0] as { shipment?: Shipment } | undefined)?.shipment?.pickupPoint;
  return { listener, address: () => heard()?.address };
};

describe('createClient token precedence', () => {
  it('reads a parcel with its order’s token after a tracking-number lookup of it, before and after', async () => {
    const client = setup();
    const { access } = await client.lookup(order);
    await client.lookup(tracking);
    expect(await address(client)).toBe('1 Main St, San Francisco');
    expect(sent()).toBe(access.token);
    await client.lookup(order);
    expect(await address(client)).toBe('1 Main St, San Francisco');
  });

  it('keeps reading with an order’s deep link once the parcel’s own token has expired', async () => {
    const client = setup();
    await client.lookup({ token: await deepLink('order', 'ord_1') });
    await client.lookup(tracking);
    later(20);
    expect(await address(client)).toBe('1 Main St, San Francisco');
    expect((await client.get('order', 'ord_1')).kind).toBe('order');
  });

  it('keeps the longer-lived of two order tokens, so a fresh lookup does not cut a deep link short', async () => {
    const client = setup();
    const token = await deepLink('order', 'ord_1');
    await client.lookup({ token });
    await client.lookup(order);
    later(20);
    expect((await client.get('order', 'ord_1')).kind).toBe('order');
    expect(sent()).toBe(token);
  });

  it('uses the order’s token while it lasts, then the parcel’s own that outlives it', async () => {
    const client = setup();
    await client.lookup(order);
    later(10);
    const { access } = await client.lookup(tracking);
    expect(await address(client)).toBe('1 Main St, San Francisco');
    later(10);
    expect(await address(client)).toBeUndefined();
    expect(sent()).toBe(access.token);
  });

  it('reads a return’s parcel with the return’s token', async () => {
    const client = setup();
    await client.lookup({ token: await deepLink('return', 'ret_ord_1') });
    expect(await address(client, 'shp_ret_ord_1')).toBe('1 Main St, San Francisco');
  });

  it('streams a parcel watched after its order’s lookup with the order’s token, on the shared stream', async () => {
    const client = setup();
    const { access } = await client.lookup(order);
    const parcel = await client.lookup(tracking);
    const { listener, address } = watching();
    const stop = client.watch(parcel, listener);
    try {
      await vi.waitFor(() => expect(address()).toBe('1 Main St, San Francisco'));
      expect(await recordsOf(streamed('/stream').at(-1)!)).toEqual([
        { kind: 'shipment', id: 'shp_1', token: access.token },
      ]);
      expect(listener.mock.lastCall?.[0].access).toEqual(parcel.access);
    } finally {
      stop();
    }
  });

  it('streams a parcel watched after its order’s lookup with the order’s token, on its own stream', async () => {
    server.use(http.post(`${endpoint}/stream`, () => HttpResponse.json({ code: 'not_found' }, { status: 404 })));
    const client = setup();
    const { access } = await client.lookup(order);
    const { listener, address } = watching();
    const stop = client.watch(await client.lookup(tracking), listener);
    try {
      await vi.waitFor(() => expect(address()).toBe('1 Main St, San Francisco'));
      expect(bearer(streamed('/stream/shipment/shp_1').at(-1))).toBe(access.token);
    } finally {
      stop();
    }
  });

  it('reopens the shared stream of a watched parcel with the order’s token a later lookup brought', async () => {
    const client = setup();
    const parcel = await client.lookup(tracking);
    const { listener, address } = watching();
    const stops = [client.watch(parcel, listener)];
    try {
      await vi.waitFor(() => expect(streamed('/stream')).toHaveLength(1));
      const ordered = await client.lookup(order);
      // A watch that joins later reopens the shared stream with every record.
      stops.push(client.watch(ordered, () => {}));
      await vi.waitFor(() => expect(address()).toBe('1 Main St, San Francisco'));
      expect(await recordsOf(streamed('/stream').at(-1)!)).toContainEqual({
        kind: 'shipment',
        id: 'shp_1',
        token: ordered.access.token,
      });
    } finally {
      for (const stop of stops) stop();
    }
  });

  it('reconnects a watched parcel’s own stream with the order’s token a later lookup brought', async () => {
    const stream = eventStream();
    server.use(
      http.post(`${endpoint}/stream`, () => HttpResponse.json({ code: 'not_found' }, { status: 404 })),
      http.get(`${endpoint}/stream/shipment/shp_1`, stream.response),
    );
    const client = setup();
    const parcel = await client.lookup(tracking);
    const stop = client.watch(parcel, () => {});
    try {
      await vi.waitFor(() => expect(stream.opened).toBe(1));
      expect(bearer(streamed('/stream/shipment/shp_1').at(-1))).toBe(parcel.access.token);
      const { access } = await client.lookup(order);
      stream.close();
      await vi.waitFor(() => expect(stream.opened).toBe(2), { timeout: 3_000 });
      expect(bearer(streamed('/stream/shipment/shp_1').at(-1))).toBe(access.token);
    } finally {
      stop();
    }
  });
});
