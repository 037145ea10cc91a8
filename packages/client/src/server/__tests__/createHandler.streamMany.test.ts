import { afterEach, describe, expect, it } from 'vitest';
import type { Resource } from '../../model/LookupResult.js';
import { createAccessToken } from '../createAccessToken.js';
import { createHandler } from '../createHandler.js';
import type { HandlerOptions } from '../HandlerOptions.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { readEvents } from './readEvents.js';
import { postJson, readJson } from './requests.js';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

async function setup(without: Parameters<typeof createTestSource>[0] = [], options: Partial<HandlerOptions> = {}) {
  const source = createTestSource(without);
  const handler = createHandler({ source, secret: testSecret, rateLimit: false, pingIntervalMs: 20, ...options });
  const tokenOf = async (orderNumber: string, email: string) =>
    (await readJson(await handler(postJson('/lookup', { orderNumber, email })))).access.token as string;
  const first = await tokenOf('W1001', 'shopper@example.com');
  const second = await tokenOf('W1002', 'other@example.com');
  const open = (body: unknown, headers: Record<string, string> = {}) => {
    const controller = new AbortController();
    controllers.push(controller);
    const request = new Request(postJson('/stream', body, { Accept: 'text/event-stream', ...headers }), {
      signal: controller.signal,
    });
    return { controller, response: handler(request) };
  };
  const both = {
    records: [
      { kind: 'order', id: 'ord_1', token: first },
      { kind: 'order', id: 'ord_2', token: second },
    ],
  };
  return { source, handler, first, second, open, both };
}

const idOf = (data: string) => (JSON.parse(data) as Extract<Resource, { kind: 'order' }>).order.id;

describe('createHandler', () => {
  describe('POST /stream', () => {
    it('carries every record it was given over one stream, each sent first and then on each change', async () => {
      const { open, source, both } = await setup();
      const response = await open(both).response;
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const stream = readEvents(response.body!);
      const initial = await stream.until(2);
      expect(initial.map((event) => [event.type, idOf(event.data)])).toEqual([
        ['update', 'ord_1'],
        ['update', 'ord_2'],
      ]);
      expect(source.listenerCount).toBe(2);
      const second = JSON.parse(initial[1]!.data) as Extract<Resource, { kind: 'order' }>;
      source.emit('order', 'ord_2', {
        kind: 'order',
        order: { ...second.order, status: { milestone: 'delivered', exception: null } },
      });
      const [, , changed] = await stream.until(3);
      expect(idOf(changed!.data)).toBe('ord_2');
      expect(JSON.parse(changed!.data).order.status.milestone).toBe('delivered');
      expect(changed!.id).not.toBe(initial[1]!.id);
    });

    it('ends a refused record at once and streams the others', async () => {
      const { open, first } = await setup();
      const response = await open({
        records: [
          { kind: 'order', id: 'ord_2', token: first },
          { kind: 'order', id: 'ord_1', token: first },
          { kind: 'shipment', id: 'shp_1', token: 'not-a-token' },
        ],
      }).response;
      expect(response.status).toBe(200);
      const stream = readEvents(response.body!);
      const events = await stream.until(3);
      const ends = events.filter((event) => event.type === 'end').map((event) => JSON.parse(event.data));
      expect(ends).toEqual([
        { kind: 'order', id: 'ord_2', status: 401, code: 'verification_failed' },
        { kind: 'shipment', id: 'shp_1', status: 401, code: 'verification_failed' },
      ]);
      expect(events.filter((event) => event.type === 'update').map((event) => idOf(event.data))).toEqual(['ord_1']);
      await stream.untilText(': ping');
      expect(stream.done).toBe(false);
    });

    it('ends each record at its token expiry, then the stream after the last', async () => {
      const { open, source, both } = await setup([], { tokenTtl: 1 });
      const stream = readEvents((await open(both).response).body!);
      await stream.end();
      const ends = stream.events.filter((event) => event.type === 'end').map((event) => JSON.parse(event.data).id);
      expect(ends.sort()).toEqual(['ord_1', 'ord_2']);
      expect(stream.events.at(-1)!.type).toBe('end');
      expect(source.listenerCount).toBe(0);
    });

    it('ends a record that no longer exists with a 404 and streams the others', async () => {
      const { open, first } = await setup();
      const { token: gone } = await createAccessToken({ secret: testSecret, kind: 'order', id: 'ord_gone' });
      const stream = readEvents(
        (
          await open({
            records: [
              { kind: 'order', id: 'ord_gone', token: gone },
              { kind: 'order', id: 'ord_1', token: first },
            ],
          }).response
        ).body!,
      );
      const events = await stream.until(2);
      expect(events.map((event) => event.type)).toEqual(['end', 'update']);
      expect(JSON.parse(events[0]!.data)).toEqual({ kind: 'order', id: 'ord_gone', status: 404, code: 'not_found' });
    });

    it('fails the whole request, holding no slot and no subscription, when the source fails', async () => {
      const { open, source, both } = await setup([], {
        maxStreamsPerClient: 1,
        clientAddressHeader: 'cf-connecting-ip',
        onError: () => {},
      });
      const get = source.get;
      source.get = async (kind, id, context) => {
        if (id === 'ord_2') throw new Error('the store is down');
        return get.call(source, kind, id, context);
      };
      const address = { 'CF-Connecting-IP': '203.0.113.10' };
      const failed = await open(both, address).response;
      expect(failed.status).toBe(500);
      expect(source.listenerCount).toBe(0);
      source.get = get;
      expect((await open(both, address).response).status).toBe(200);
    });

    it('sends a record named twice once', async () => {
      const { open, first } = await setup();
      const record = { kind: 'order', id: 'ord_1', token: first };
      const stream = readEvents((await open({ records: [record, record] }).response).body!);
      await stream.untilText(': ping');
      expect(stream.events).toHaveLength(1);
    });

    it('counts once against the streams of one client address', async () => {
      const { open, both } = await setup([], { maxStreamsPerClient: 1, clientAddressHeader: 'cf-connecting-ip' });
      const address = { 'CF-Connecting-IP': '203.0.113.9' };
      const held = open(both, address);
      expect((await held.response).status).toBe(200);
      expect((await open(both, address).response).status).toBe(429);
      held.controller.abort();
      expect((await open(both, address).response).status).toBe(200);
    });

    it('unsubscribes every record when the client disconnects', async () => {
      const { open, source, both } = await setup();
      const { controller, response } = open(both);
      const stream = readEvents((await response).body!);
      await stream.until(2);
      expect(source.listenerCount).toBe(2);
      controller.abort();
      await stream.end().catch(() => {});
      expect(source.listenerCount).toBe(0);
    });

    it('refuses a body without records, with too many, or with a record missing its token', async () => {
      const { open, first } = await setup();
      const record = { kind: 'order', id: 'ord_1', token: first };
      for (const body of [
        { records: [] },
        { records: Array.from({ length: 33 }, (_, index) => ({ ...record, id: `ord_${index}` })) },
        { records: [{ kind: 'order', id: 'ord_1' }] },
        { records: [{ ...record, kind: 'parcel' }] },
      ]) {
        const response = await open(body).response;
        expect(response.status).toBe(400);
        expect((await readJson(response)).code).toBe('invalid_request');
      }
    });

    it('answers 501 unsupported when the source cannot push, whatever the body', async () => {
      const { open, both } = await setup(['subscribe']);
      for (const body of [both, { records: [] }]) {
        const response = await open(body).response;
        expect(response.status).toBe(501);
        expect((await readJson(response)).code).toBe('unsupported');
      }
    });
  });
});
