import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Exchange } from '../../model/Exchange.js';
import type { Resource } from '../../model/LookupResult.js';
import type { Order } from '../../model/Order.js';
import type { Return } from '../../model/Return.js';
import type { Shipment } from '../../model/Shipment.js';
import { createHandler } from '../createHandler.js';
import { createTestSource, testSecret, testShipment } from './createTestSource.js';
import { readEvents } from './readEvents.js';
import { getWithToken, postJson, readJson } from './requests.js';

// A source whose records carry a hostile link in every URL field of the model, beside a few safe ones. The
// handler must serve the records with the hostile links dropped and the safe ones kept, on every route.
const bad = {
  script: 'javascript:alert(document.cookie)',
  data: 'data:text/html,<script>alert(1)</script>',
  vb: 'vbscript:msgbox(1)',
};

function withBadLinks(shipment: Shipment): Shipment {
  return {
    ...shipment,
    carrier: { ...shipment.carrier, url: bad.script },
    trackingUrl: bad.script,
    status: { ...shipment.status, nextStep: { label: 'Confirm your address', url: bad.data } },
  };
}

function badReturn(id: string): Return {
  return {
    id,
    rma: `RMA-${id}`,
    stage: 'label_created',
    items: [{ id: 'li_1', title: 'Trail Runner', quantity: 1, imageUrl: bad.data, reason: 'too_small' }],
    shipment: withBadLinks(testShipment(`shp_${id}`, `RET-${id}`)),
    refund: null,
    labelUrl: bad.script,
    qrCodeUrl: bad.vb,
    createdAt: { kind: 'date', date: '2024-11-20', raw: '2024-11-20' },
  };
}

function setup() {
  const source = createTestSource();
  const order = source.orders.get('ord_1') as Order;
  const exchange: Exchange = {
    id: 'exc_1',
    stage: 'replacement_shipped',
    return: badReturn('ret_exc_1'),
    replacement: {
      items: [{ id: 'li_1', title: 'Trail Runner', quantity: 1, imageUrl: bad.script }],
      shipment: withBadLinks(testShipment('shp_replacement', 'REPLACEMENT1')),
    },
    createdAt: { kind: 'date', date: '2024-11-21', raw: '2024-11-21' },
  };
  Object.assign(order, {
    shipments: [withBadLinks(order.shipments[0] as Shipment)],
    items: order.items.map((item, index) => ({
      ...item,
      imageUrl: index === 0 ? 'https://cdn.shop.example/runner.png' : bad.script,
    })),
    returns: [badReturn('ret_ord_1')],
    exchanges: [exchange],
    links: { returnsPortal: bad.script, support: 'https://shop.example/help', order: bad.vb },
  });
  const get = source.get.bind(source);
  source.get = async (kind, id, context) =>
    kind === 'exchange' && id === 'exc_1' ? { kind, exchange } : get(kind, id, context);
  source.startReturn = async () => ({ kind: 'return', return: badReturn('ret_new') });
  const handler = createHandler({ source, secret: testSecret, rateLimit: false, pingIntervalMs: 20 });
  const lookup = async (query: object) => readJson(await handler(postJson('/lookup', query)));
  return { source, handler, lookup };
}

/** Every string at a key that holds a link (`…Url`, `url`, and the order's `links`), with its path. */
function collectLinks(value: unknown, path = ''): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.flatMap((entry, index) => collectLinks(entry, `${path}.${index}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, entry]): Array<[string, unknown]> => {
    const at = `${path}.${key}`;
    if (key === 'links') return Object.entries(entry as object).map(([name, link]) => [`${at}.${name}`, link]);
    if (/url$/i.test(key)) return [[at, entry]];
    return collectLinks(entry, at);
  });
}

function expectSafe(body: unknown): void {
  const text = JSON.stringify(body);
  for (const link of Object.values(bad)) expect(text).not.toContain(link.slice(0, link.indexOf(':') + 1));
  for (const [path, link] of collectLinks(body)) expect([path, link]).toEqual([path, expect.stringMatching(/^https:/)]);
}

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
});

/** Opens `ord_1`'s event stream with `token`; the stream is closed after the test. */
async function openOrderStream(handler: ReturnType<typeof setup>['handler'], token: string) {
  const controller = new AbortController();
  controllers.push(controller);
  const request = new Request(getWithToken('/stream/order/ord_1', token, { Accept: 'text/event-stream' }), {
    signal: controller.signal,
  });
  return readEvents((await handler(request)).body as ReadableStream<Uint8Array>);
}

describe('createHandler', () => {
  describe('records from the source', () => {
    it('drops every link that is not http or https from an order lookup and keeps the others', async () => {
      const { lookup } = setup();
      const body = await lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
      expect(body.kind).toBe('order');
      expectSafe(body);
      expect(body.order.links).toEqual({ support: 'https://shop.example/help' });
      expect(body.order.items[0].imageUrl).toBe('https://cdn.shop.example/runner.png');
      expect(body.order.shipments[0].status.nextStep).toEqual({ label: 'Confirm your address' });
      expect(body.order.exchanges[0].replacement.items[0]).not.toHaveProperty('imageUrl');
    });

    it('drops them from a tracking-number lookup and a token lookup', async () => {
      const { lookup } = setup();
      const byNumber = await lookup({ trackingNumber: '1Z999AA10123456784' });
      expect(byNumber.kind).toBe('shipment');
      expect(byNumber.shipment).not.toHaveProperty('trackingUrl');
      expect(byNumber.shipment.carrier).toEqual({ code: 'ups', name: 'UPS' });
      expectSafe(byNumber);
      expectSafe(await lookup({ token: byNumber.access.token }));
    });

    it('drops them from reads of orders, shipments, returns and exchanges', async () => {
      const { handler, lookup } = setup();
      const { access } = await lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
      const paths = [
        '/orders/ord_1',
        '/shipments/shp_1',
        '/returns/ret_ord_1',
        '/shipments/shp_ret_ord_1',
        '/exchanges/exc_1',
        '/returns/ret_exc_1',
        '/shipments/shp_replacement',
      ];
      for (const path of paths) {
        const response = await handler(getWithToken(path, access.token));
        expect([path, response.status]).toEqual([path, 200]);
        expectSafe(await readJson(response));
      }
    });

    it('drops them from the record a started return answers with', async () => {
      const { handler, lookup } = setup();
      const { access } = await lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
      const response = await handler(
        postJson(
          '/returns',
          { orderId: 'ord_1', items: [{ itemId: 'li_1', quantity: 1, reason: 'too_small' }], resolution: 'refund' },
          { Authorization: `Bearer ${access.token}` },
        ),
      );
      expect(response.status).toBe(201);
      const body = await readJson(response);
      expect(body.return.id).toBe('ret_new');
      expect(body.return).not.toHaveProperty('labelUrl');
      expectSafe(body);
    });

    it('drops them from the records an event stream sends, first and on every change', async () => {
      const { handler, lookup, source } = setup();
      const { access } = await lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
      const stream = await openOrderStream(handler, access.token);
      const [initial] = await stream.until(1);
      expectSafe(JSON.parse(initial?.data ?? 'null'));
      const order = source.orders.get('ord_1') as Order;
      const changed: Resource = {
        kind: 'order',
        order: { ...order, status: { milestone: 'delivered', exception: null }, links: { support: bad.script } },
      };
      source.emit('order', 'ord_1', changed);
      const events = await stream.until(2);
      const update = JSON.parse(events[1]?.data ?? 'null');
      expect(update.order.status.milestone).toBe('delivered');
      expect(update.order.links).toEqual({});
      expectSafe(update);
    });
    it('answers 500 rather than serve a record that breaks the model', async () => {
      const { handler, lookup, source } = setup();
      const { access } = await lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
      const order = source.orders.get('ord_1') as Order;
      order.placedAt = { kind: 'instant', utc: 'yesterday', raw: 'yesterday' };
      const errors: unknown[] = [];
      const strict = createHandler({ source, secret: testSecret, rateLimit: false, onError: (e) => errors.push(e) });
      const response = await strict(getWithToken('/orders/ord_1', access.token));
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain('yesterday');
      expect(errors).toEqual([expect.objectContaining({ name: 'InvalidResponseError', path: 'order.placedAt.utc' })]);
      expect((await handler(getWithToken('/shipments/shp_1', access.token))).status).toBe(200);
    });

    it('skips a stream update that breaks the model and sends the next good one', async () => {
      const { handler, lookup, source } = setup();
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { access } = await lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
      const stream = await openOrderStream(handler, access.token);
      await stream.until(1);
      const order = source.orders.get('ord_1') as Order;
      const broken = { kind: 'order', order: { ...order, status: { milestone: 'teleported', exception: null } } };
      source.emit('order', 'ord_1', broken as unknown as Resource);
      source.emit('order', 'ord_1', {
        kind: 'order',
        order: { ...order, status: { milestone: 'delivered', exception: null } },
      });
      const events = await stream.until(2);
      expect(JSON.parse(events[1]?.data ?? 'null').order.status.milestone).toBe('delivered');
      expect(logged).toHaveBeenCalledWith('[waypost] a stream update was dropped', expect.anything());
      logged.mockRestore();
    });
  });
});
