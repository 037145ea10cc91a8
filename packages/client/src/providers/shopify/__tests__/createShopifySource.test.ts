import { readFileSync } from 'node:fs';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isHttpError } from '../../../errors/HttpError.js';
import { providerFixturesAvailable, providerFixturesUrl } from '../../shared/__tests__/listProviderFixtures.js';
import { createShopifySource } from '../createShopifySource.js';
import { sampleShopifyReturn } from './sampleShopifyReturn.js';

type Json = Record<string, unknown>;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = 'https://waypost-demo.myshopify.com/admin/api/2026-01';
const source = createShopifySource({
  shop: 'waypost-demo',
  accessToken: 'shpat_test',
  links: { support: 'https://shop.example/help' },
});

function fixture(file: string): Json {
  return JSON.parse(readFileSync(new URL(`shopify/${file}`, providerFixturesUrl), 'utf8')) as Json;
}

describe.skipIf(!providerFixturesAvailable)('createShopifySource', () => {
  let tokens: Array<string | null>;
  let queries: string[];

  beforeEach(() => {
    tokens = [];
    queries = [];
    const order = fixture('rest_order_with_fulfillments.json').order as Json;
    const exchange = (sampleShopifyReturn({ exchange: true }).data as Json).return;
    const documented = fixture('graphql_doc_return_status_OPEN.json').return as Json;
    server.use(
      http.get(`${base}/orders.json`, ({ request }) => {
        tokens.push(request.headers.get('x-shopify-access-token'));
        const url = new URL(request.url);
        if (url.searchParams.get('status') !== 'any') return HttpResponse.json({ orders: [] });
        const name = url.searchParams.get('name');
        return HttpResponse.json({ orders: name === '1001' ? [{ ...order, id: 1, name: '#10010' }, order] : [] });
      }),
      http.get(`${base}/orders/450789469.json`, () => HttpResponse.json({ order })),
      http.get(`${base}/orders/:id.json`, () => HttpResponse.json({ errors: 'Not Found' }, { status: 404 })),
      http.get(`${base}/orders/450789469/fulfillments/255858046/events.json`, () =>
        HttpResponse.json(fixture('rest_fulfillment_events_list_in_transit.json')),
      ),
      http.get(`${base}/orders/450789469/fulfillment_orders.json`, () =>
        HttpResponse.json(fixture('rest_fulfillment_orders_list.json')),
      ),
      http.post(`${base}/graphql.json`, async ({ request }) => {
        const body = (await request.json()) as { query: string; variables: Json };
        queries.push(body.query.match(/query (\w+)/)?.[1] ?? '');
        if (body.query.includes('WaypostOwnerOrder'))
          return HttpResponse.json({ data: { node: { order: { legacyResourceId: '450789469' } } } });
        return HttpResponse.json({
          data: {
            order: {
              lineItems: {
                nodes: [
                  { id: 'gid://shopify/LineItem/466157049', image: { url: 'https://cdn.shopify.com/ipod-green.png' } },
                  { id: 'gid://shopify/LineItem/518995019', image: null },
                ],
              },
              returns: { nodes: [{ ...documented, id: 'gid://shopify/Return/945000954' }, exchange] },
            },
          },
        });
      }),
    );
  });

  it('finds an order by its number and keeps the contact beside it, not in it', async () => {
    const found = await source.findOrder?.(' #1001 ', {});
    expect(tokens).toEqual(['shpat_test']);
    expect(found?.contact).toEqual({ email: 'bob.norman@mail.example.com', postalCode: '40202' });
    expect(found?.order).toMatchObject({
      id: '450789469',
      number: '#1001',
      status: { milestone: 'ordered', exception: 'exception' },
      links: { support: 'https://shop.example/help' },
      shipments: [
        { id: '255858046', events: [{ milestone: 'in_transit', time: { raw: '2025-07-02T11:39:28-05:00' } }] },
      ],
    });
    expect(found?.order.items[0]?.imageUrl).toBe('https://cdn.shopify.com/ipod-green.png');
    expect(found?.order.returns.map((record) => record.stage)).toEqual(['approved']);
    expect(found?.order.exchanges.map((exchange) => exchange.id)).toEqual(['gid://shopify/Return/945000960']);
    expect(JSON.stringify(found?.order)).not.toMatch(/bob\.norman|40202|Chestnut/);
  });

  it('answers null for an unknown number and for a near match', async () => {
    expect(await source.findOrder?.('1002', {})).toBeNull();
    expect(await source.findOrder?.('', {})).toBeNull();
  });

  it('reads an order, a shipment, a return and an exchange by id', async () => {
    const order = await source.get('order', '450789469', {});
    expect(order?.kind === 'order' && order.order.number).toBe('#1001');
    const shipment = await source.get('shipment', '255858046', {});
    expect(shipment?.kind === 'shipment' && shipment.shipment.trackingNumber).toBe('1Z1234512345123456');
    const record = await source.get('return', '945000954', {});
    expect(record?.kind === 'return' && record.return.rma).toBe('#1001-R1');
    const exchange = await source.get('exchange', 'gid://shopify/Return/945000960', {});
    expect(exchange?.kind === 'exchange' && exchange.exchange.replacement.items[0]?.id).toBe('518995019');
    expect(queries).toContain('WaypostOwnerOrder');
    expect(await source.get('order', '999', {})).toBeNull();
    expect(await source.get('order', 'not-a-number', {})).toBeNull();
  });

  it('skips the returns when asked to', async () => {
    let variables: Json | undefined;
    server.use(
      http.post(`${base}/graphql.json`, async ({ request }) => {
        variables = ((await request.json()) as { variables: Json }).variables;
        return HttpResponse.json({ data: { order: { lineItems: { nodes: [] } } } });
      }),
    );
    const found = await createShopifySource({
      shop: 'waypost-demo.myshopify.com',
      accessToken: 't',
      returns: false,
    }).findOrder?.('1001', {});
    expect(variables).toEqual({ id: 'gid://shopify/Order/450789469', returns: false });
    expect(found?.order.returns).toEqual([]);
  });

  it('turns GraphQL errors into an HttpError', async () => {
    server.use(
      http.post(`${base}/graphql.json`, () =>
        HttpResponse.json({ errors: [{ message: 'Access denied for returns field.' }] }),
      ),
    );
    await expect(source.findOrder?.('1001', {})).rejects.toSatisfy(isHttpError);
  });
});

if (!providerFixturesAvailable)
  console.warn('[waypost] ../shared/fixtures not found: skipping the Shopify source tests on recorded payloads');
