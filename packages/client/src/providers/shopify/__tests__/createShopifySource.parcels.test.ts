import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Order } from '../../../model/Order.js';
import { getWithToken, postJson, readJson } from '../../../server/__tests__/requests.js';
import { applyShipment } from '../../../server/applyShipment.js';
import { composeSources } from '../../../server/compose/composeSources.js';
import { createHandler } from '../../../server/createHandler.js';
import { createAfterShipSource } from '../../aftership/createAfterShipSource.js';
import { normalizeAfterShipTracking } from '../../aftership/normalizeAfterShipTracking.js';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { createShopifySource } from '../createShopifySource.js';
import { shippedInParcels } from './shippedInParcels.js';

type Json = Record<string, unknown>;

const present = hasFixtures('shopify') && hasFixtures('aftership');
if (!present) console.warn(getSkipMessage(hasFixtures('shopify') ? 'aftership' : 'shopify'));

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const shop = 'https://waypost-demo.myshopify.com/admin/api/2026-01';
const aftership = 'https://api.aftership.com/tracking/2026-07/trackings';
const numbers = ['1Z1234512345123456', '1Z1234512345123457', '1Z1234512345123458'];
const ids = ['255858046', '255858046:1Z1234512345123457', '255858046:1Z1234512345123458'];
const createShop = () => createShopifySource({ shop: 'waypost-demo', accessToken: 'shpat_test', returns: false });

// AfterShip's recorded delivered tracking, as it would be for one of the boxes, shipped with USPS.
function deliveredBox(trackingNumber: string): Json {
  const tracking = (readFixture('aftership', 'v2026-07_doc_get_tracking_by_id_delivered.json') as { data: Json }).data;
  return { ...tracking, tracking_number: trackingNumber, slug: 'usps' };
}

describe.skipIf(!present)('createShopifySource with a fulfillment shipped in several boxes', () => {
  let eventCalls: number;
  let ownerIds: unknown[];

  beforeEach(() => {
    eventCalls = 0;
    ownerIds = [];
    const { order } = readFixture('shopify', 'rest_order_with_fulfillments.json') as { order: Json };
    const [fulfillment] = order.fulfillments as Json[];
    order.fulfillments = [shippedInParcels(fulfillment!, numbers.slice(1))];
    server.use(
      http.get(`${shop}/orders.json`, () => HttpResponse.json({ orders: [order] })),
      http.get(`${shop}/orders/450789469.json`, () => HttpResponse.json({ order })),
      http.get(`${shop}/orders/450789469/fulfillments/255858046/events.json`, () => {
        eventCalls += 1;
        return HttpResponse.json(readFixture('shopify', 'rest_fulfillment_events_list_in_transit.json') as Json);
      }),
      http.get(`${shop}/orders/450789469/fulfillment_orders.json`, () =>
        HttpResponse.json(readFixture('shopify', 'rest_fulfillment_orders_list.json') as Json),
      ),
      http.post(`${shop}/graphql.json`, async ({ request }) => {
        const body = (await request.json()) as { query: string; variables: Json };
        if (body.query.includes('WaypostOwnerOrder')) {
          ownerIds.push(body.variables.id);
          const found = body.variables.id === 'gid://shopify/Fulfillment/255858046';
          return HttpResponse.json({ data: { node: found ? { order: { legacyResourceId: '450789469' } } : null } });
        }
        return HttpResponse.json({ data: { order: { lineItems: { nodes: [] } } } });
      }),
    );
  });

  it('serves one parcel per tracking number, each with the fulfillment’s events, read once', async () => {
    const found = await createShop().findOrder?.('1001', {});
    const shipments = found?.order.shipments ?? [];
    expect(shipments.map((shipment) => [shipment.id, shipment.trackingNumber])).toEqual(
      ids.map((id, index) => [id, numbers[index]]),
    );
    expect(shipments.map((shipment) => shipment.events[0]?.time?.raw)).toEqual(
      Array(3).fill('2025-07-02T11:39:28-05:00'),
    );
    expect(eventCalls).toBe(1);
  });

  it('reads each parcel by its id, through its fulfillment', async () => {
    const source = createShop();
    for (const [index, id] of ids.entries()) {
      const read = await source.get('shipment', id, {});
      expect(read?.kind === 'shipment' && read.shipment.trackingNumber).toBe(numbers[index]);
    }
    expect(await source.get('shipment', '255858046:1Z9999999999999999', {})).toBeNull();
    expect(ownerIds).toEqual(Array(4).fill('gid://shopify/Fulfillment/255858046'));
  });

  it('asks the tracking source about every parcel and takes its answer for the one it knows', async () => {
    const asked: Array<string | null> = [];
    server.use(
      http.get(aftership, ({ request }) => {
        const number = new URL(request.url).searchParams.get('tracking_numbers');
        asked.push(`${new URL(request.url).searchParams.get('slug')} ${number}`);
        const trackings = number === numbers[1] ? [deliveredBox(numbers[1]!)] : [];
        return HttpResponse.json({ meta: { code: 200 }, data: { trackings } });
      }),
    );
    const source = composeSources({ orders: createShop(), tracking: createAfterShipSource({ apiKey: 'k' }) });
    const found = await source.findOrder?.('1001', {});
    expect(asked).toEqual(numbers.map((number) => `usps ${number}`));
    const shipments = found?.order.shipments ?? [];
    expect(shipments.map((shipment) => [shipment.id, shipment.status.milestone])).toEqual([
      [ids[0], 'in_transit'],
      [ids[1], 'delivered'],
      [ids[2], 'in_transit'],
    ]);
    expect(shipments[1]?.itemIds).toEqual(['466157049']);
  });

  it('opens each parcel of the order to the order’s token, by its id', async () => {
    server.use(http.get(aftership, () => HttpResponse.json({ meta: { code: 200 }, data: { trackings: [] } })));
    const source = composeSources({ orders: createShop(), tracking: createAfterShipSource({ apiKey: 'k' }) });
    const handler = createHandler({ source, secret: 'parcel-secret-0123456789abcdef0123456789', rateLimit: false });
    const lookup = await handler(postJson('/lookup', { orderNumber: '#1001', email: 'bob.norman@mail.example.com' }));
    const { token } = (await readJson(lookup)).access;
    for (const [index, id] of ids.entries()) {
      const response = await handler(getWithToken(`/shipments/${encodeURIComponent(id)}`, token));
      expect(response.status).toBe(200);
      expect((await readJson(response)).shipment).toMatchObject({ id, trackingNumber: numbers[index] });
    }
  });

  it('lets a carrier push update the one parcel with its carrier and number', async () => {
    const found = await createShop().findOrder?.('1001', {});
    const resource = { kind: 'order' as const, order: found?.order as Order };
    // The carrier's delivery scan, two days after the store's last event.
    const box = deliveredBox(numbers[2]!);
    const [scan] = box.checkpoints as Json[];
    const push = normalizeAfterShipTracking({
      ...box,
      checkpoints: [{ ...scan, checkpoint_time: '2025-07-04T11:02:00-05:00' }],
    });
    const next = applyShipment(resource, push);
    expect(next?.kind === 'order' && next.order.shipments.map((shipment) => shipment.status.milestone)).toEqual([
      'in_transit',
      'in_transit',
      'delivered',
    ]);
    expect(next?.kind === 'order' && next.order.shipments[2]?.id).toBe(ids[2]);
    expect(applyShipment(resource, { ...push, carrier: { code: 'fedex', name: 'FedEx' } })).toBeNull();
  });
});
