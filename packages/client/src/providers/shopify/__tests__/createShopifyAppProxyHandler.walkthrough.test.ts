// The "Shopify + AfterShip in 15 minutes" walkthrough (docs/shopify-aftership.md), end to end: recorded Shopify and
// AfterShip payloads from ../shared/fixtures behind msw, a real SMTP server, and the handler behind the app proxy.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasSharedFixture, readSharedFixture } from '../../../server/__tests__/readSharedFixture.js';
import { readJson } from '../../../server/__tests__/requests.js';
import { signHmacBase64 } from '../../../server/__tests__/signHmacBase64.js';
import { composeSources } from '../../../server/compose/composeSources.js';
import { createAccessToken } from '../../../server/createAccessToken.js';
import { createHandler } from '../../../server/createHandler.js';
import { createEmailIssueDestination } from '../../../server/issues/createEmailIssueDestination.js';
import { createIssueRouter } from '../../../server/issues/createIssueRouter.js';
import { startSmtpServer, type TestSmtpServer } from '../../../server/notify/__tests__/startSmtpServer.js';
import { createMemorySubscriptionStore } from '../../../server/notify/createMemorySubscriptionStore.js';
import { createNotifier } from '../../../server/notify/createNotifier.js';
import { createSmtpChannel } from '../../../server/notify/createSmtpChannel.js';
import { createAfterShipSource } from '../../aftership/createAfterShipSource.js';
import { createShopifyAppProxyHandler } from '../createShopifyAppProxyHandler.js';
import { createShopifyReturns } from '../createShopifyReturns.js';
import { createShopifySource } from '../createShopifySource.js';
import { signAppProxyUrl } from './signAppProxyUrl.js';

type Json = Record<string, unknown>;
type Tracking = Json & { tracking_number: string; slug: string; checkpoints: Array<{ tag: string }> };

const files = {
  order: 'shopify/rest_order_with_fulfillments.json',
  events: 'shopify/rest_fulfillment_events_list_in_transit.json',
  fulfillmentOrders: 'shopify/rest_fulfillment_orders_list.json',
  tracking: 'aftership/v4_2014_01_delivered_ups_IN-US.json',
  reason: 'shopify/graphql_doc_return_reason_definition.json',
};
const available = Object.values(files).every(hasSharedFixture);
if (!available) console.warn('[waypost] ../shared/fixtures is absent: skipping the Shopify + AfterShip walkthrough');

const shop = 'waypost-demo.myshopify.com';
const admin = `https://${shop}/admin/api/2026-01`;
const appUrl = 'https://waypost-app.example/waypost';
const storefrontProxy = `https://${shop}/apps/waypost`;
const appSecret = 'shpss_walkthrough_client_secret';
const waypostSecret = 'walkthrough-secret-0123456789abcdef0123456789';
const aftershipWebhookSecret = 'aftership-webhook-secret';

// The UPS tracking AfterShip recorded, cut back to the moment a scan with `tag` was its newest.
function trackingAt(tag: string): Tracking {
  const tracking = (readSharedFixture(files.tracking) as { data: { tracking: Tracking } }).data.tracking;
  const index = tracking.checkpoints.findIndex((checkpoint) => checkpoint.tag === tag);
  return { ...tracking, tag, active: true, checkpoints: tracking.checkpoints.slice(0, index + 1) };
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

// Shopify's Admin API and AfterShip's, answering with the recorded payloads. The store fulfilled the order with the
// UPS number AfterShip tracks, so the fixture order carries that number.
function serveProviders(aftershipTag: string): { graphql: string[]; returnLines: unknown[] } {
  const seen = { graphql: [] as string[], returnLines: [] as unknown[] };
  const reason = (
    readSharedFixture(files.reason) as {
      return: { returnLineItems: { edges: Array<{ node: { returnReasonDefinition: Json } }> } };
    }
  ).return.returnLineItems.edges[0]!.node.returnReasonDefinition;
  const tracking = trackingAt(aftershipTag);
  const order = structuredClone((readSharedFixture(files.order) as { order: Json & { fulfillments: Json[] } }).order);
  Object.assign(order.fulfillments[0]!, {
    tracking_company: 'UPS',
    tracking_number: tracking.tracking_number,
    tracking_numbers: [tracking.tracking_number],
  });
  server.use(
    http.get(`${admin}/orders.json`, ({ request }) =>
      HttpResponse.json({ orders: new URL(request.url).searchParams.get('name') === '1001' ? [order] : [] }),
    ),
    http.get(`${admin}/orders/450789469.json`, () => HttpResponse.json({ order })),
    http.get(`${admin}/orders/450789469/fulfillments/255858046/events.json`, () =>
      HttpResponse.json(readSharedFixture(files.events) as Json),
    ),
    http.get(`${admin}/orders/450789469/fulfillment_orders.json`, () =>
      HttpResponse.json(readSharedFixture(files.fulfillmentOrders) as Json),
    ),
    http.post(`${admin}/graphql.json`, async ({ request }) => {
      const body = (await request.json()) as { query: string; variables: { input?: { returnLineItems?: unknown[] } } };
      const name = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '';
      seen.graphql.push(name);
      if (name === 'WaypostOrderExtras')
        return HttpResponse.json({ data: { order: { lineItems: { nodes: [] }, returns: { nodes: [] } } } });
      if (name === 'WaypostReturnable') {
        // Hand-written in the documented shape: the delivered line item can come back once.
        const line = {
          quantity: 1,
          fulfillmentLineItem: {
            id: 'gid://shopify/FulfillmentLineItem/820022594',
            lineItem: { id: 'gid://shopify/LineItem/466157049' },
          },
        };
        return HttpResponse.json({
          data: {
            returnableFulfillments: {
              nodes: [
                { id: 'gid://shopify/ReturnableFulfillment/1', returnableFulfillmentLineItems: { nodes: [line] } },
              ],
            },
          },
        });
      }
      if (name === 'WaypostReturnReasons') {
        const { id, handle, deleted } = reason;
        return HttpResponse.json({ data: { returnReasonDefinitions: { nodes: [{ id, handle, deleted }] } } });
      }
      if (name === 'WaypostReturnRequest') {
        seen.returnLines.push(...(body.variables.input?.returnLineItems ?? []));
        return HttpResponse.json({
          data: {
            returnRequest: {
              return: { id: 'gid://shopify/Return/945000954', name: '#1001-R1', status: 'REQUESTED' },
              userErrors: [],
            },
          },
        });
      }
      return HttpResponse.json({ errors: [{ message: `unexpected ${name}` }] }, { status: 400 });
    }),
    http.get('https://api.aftership.com/tracking/2026-07/trackings', ({ request }) =>
      HttpResponse.json({
        meta: { code: 200 },
        data: {
          trackings:
            new URL(request.url).searchParams.get('tracking_numbers') === tracking.tracking_number ? [tracking] : [],
        },
      }),
    ),
  );
  return seen;
}

function createApp() {
  const shopify = { shop: 'waypost-demo', accessToken: 'shpat_walkthrough' };
  const transport = { host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true };
  const notifier = createNotifier({
    store: createMemorySubscriptionStore(),
    secret: waypostSecret,
    publicUrl: storefrontProxy,
    channels: { email: createSmtpChannel({ transport, from: 'orders@shop.example' }) },
  });
  const handler = createHandler({
    source: composeSources({
      orders: createShopifySource(shopify),
      tracking: createAfterShipSource({ apiKey: 'asat_walkthrough' }),
      returns: createShopifyReturns(shopify),
      alerts: notifier,
      issues: createIssueRouter({
        routes: {},
        fallback: createEmailIssueDestination({ transport, from: 'waypost@shop.example', to: 'help@shop.example' }),
      }),
    }),
    secret: waypostSecret,
    basePath: '/waypost',
    clientAddressHeader: 'x-forwarded-for',
    notifier,
    webhooks: { aftership: { secret: aftershipWebhookSecret } },
  });
  const app = createShopifyAppProxyHandler({ handler, secret: appSecret });
  // What the shopper's browser (or mail app) asks the storefront for, forwarded by Shopify to the app.
  const storefront = (path: string, init: RequestInit = {}) =>
    app(
      new Request(signAppProxyUrl(appUrl, path, { secret: appSecret, shop, pathPrefix: '/apps/waypost' }), {
        ...init,
        headers: { 'X-Forwarded-For': '203.0.113.7', 'X-Forwarded-Host': shop, ...init.headers },
      }),
    );
  const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    storefront(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  // AfterShip calls the app's own URL, signed with the webhook secret.
  const aftershipWebhook = async (tag: string) => {
    const body = JSON.stringify({ event: 'tracking_update', msg: trackingAt(tag), ts: 1_700_000_000 });
    return app(
      new Request(`${appUrl}/webhooks/aftership`, {
        method: 'POST',
        body,
        headers: {
          'Content-Type': 'application/json',
          'aftership-hmac-sha256': await signHmacBase64(body, aftershipWebhookSecret),
        },
      }),
    );
  };
  return { storefront, postJson, aftershipWebhook, app };
}

describe.skipIf(!available)('Shopify + AfterShip walkthrough', () => {
  beforeEach(() => {
    smtp.inbox.length = 0;
  });

  it('answers a lookup through the app proxy with the Shopify order and AfterShip’s parcel', async () => {
    serveProviders('InTransit');
    const { postJson } = createApp();
    const response = await postJson('/lookup', { orderNumber: '#1001', email: 'Bob.Norman@mail.example.com' });
    expect(response.status).toBe(200);
    const body = await readJson(response);
    expect(body).toMatchObject({
      kind: 'order',
      order: { id: '450789469', number: '#1001' },
      access: { token: expect.any(String) },
    });
    const [parcel] = body.order.shipments;
    expect(parcel).toMatchObject({
      id: '255858046',
      trackingNumber: '1ZA2207X6791425225',
      status: { milestone: 'in_transit' },
    });
    expect(parcel.status.raw.provider).toBe('aftership');
    expect(JSON.stringify(body)).not.toMatch(/bob\.norman|40202/i);
  });

  it('opens the order from the shipping email’s deep link, without asking the shopper anything', async () => {
    serveProviders('InTransit');
    const { postJson } = createApp();
    // Step 4: the token minted on orders/create and kept in the order's metafield.
    const { token } = await createAccessToken({
      secret: waypostSecret,
      kind: 'order',
      id: '450789469',
      ttlSeconds: 2_592_000,
    });
    const response = await postJson('/lookup', { token });
    expect(response.status).toBe(200);
    expect(await readJson(response)).toMatchObject({ kind: 'order', order: { number: '#1001' }, access: { token } });
  });

  it('refuses requests that did not come through the proxy, or whose signature was tampered with', async () => {
    serveProviders('InTransit');
    const { app } = createApp();
    const lookup = {
      method: 'POST',
      body: JSON.stringify({ orderNumber: '#1001', email: 'bob.norman@mail.example.com' }),
      headers: { 'Content-Type': 'application/json' },
    };
    expect((await app(new Request(`${appUrl}/lookup`, lookup))).status).toBe(401);
    const signed = new URL(
      signAppProxyUrl(appUrl, '/lookup', { secret: appSecret, shop, pathPrefix: '/apps/waypost' }),
    );
    signed.searchParams.set('shop', 'another-shop.myshopify.com');
    const response = await app(new Request(signed, lookup));
    expect(response.status).toBe(401);
    expect((await readJson(response)).code).toBe('verification_failed');
  });

  it('sends exactly one email when AfterShip reports the parcel out for delivery, with a working unsubscribe link', async () => {
    serveProviders('InTransit');
    const { postJson, storefront, aftershipWebhook } = createApp();
    const lookup = await readJson(
      await postJson('/lookup', { orderNumber: '1001', email: 'bob.norman@mail.example.com' }),
    );
    const alert = await postJson(
      '/alerts',
      {
        kind: 'order',
        id: '450789469',
        channel: 'email',
        address: 'bob.norman@mail.example.com',
        milestones: 'all',
        consentText: 'Email me about this order',
      },
      { Authorization: `Bearer ${lookup.access.token}`, 'Accept-Language': 'en-US' },
    );
    expect(alert.status).toBe(201);

    expect((await aftershipWebhook('OutForDelivery')).status).toBe(200);
    expect((await aftershipWebhook('OutForDelivery')).status).toBe(200);
    expect(smtp.inbox.map((mail) => mail.subject)).toEqual(['Your parcel is out for delivery']);
    const [mail] = smtp.inbox;
    expect((mail!.to as { text: string }).text).toBe('bob.norman@mail.example.com');

    // The link points at the storefront's proxy path; Shopify forwards it to the app, signed.
    const link = new RegExp(`${storefrontProxy.replace(/[./]/g, '\\$&')}(/unsubscribe/[A-Za-z0-9_.-]+)`).exec(
      mail!.text ?? '',
    );
    expect(link).not.toBeNull();
    const page = await storefront(link![1]!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    expect((await storefront(link![1]!, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(200);
    await aftershipWebhook('Delivered');
    expect(smtp.inbox).toHaveLength(1);
  });

  it('files a return in Shopify and a report with the support address, through the proxy', async () => {
    const seen = serveProviders('Delivered');
    const { postJson } = createApp();
    const lookup = await readJson(
      await postJson('/lookup', { orderNumber: '1001', email: 'bob.norman@mail.example.com' }),
    );
    const auth = { Authorization: `Bearer ${lookup.access.token}` };
    const started = await postJson(
      '/returns',
      { orderId: '450789469', items: [{ itemId: '466157049', quantity: 1, reason: 'damaged' }], resolution: 'refund' },
      auth,
    );
    expect(started.status).toBe(201);
    expect(await readJson(started)).toMatchObject({
      kind: 'return',
      return: { id: '945000954', rma: '#1001-R1', stage: 'requested' },
    });
    expect(seen.graphql).toEqual(
      expect.arrayContaining(['WaypostReturnable', 'WaypostReturnReasons', 'WaypostReturnRequest']),
    );
    expect(seen.returnLines).toEqual([
      {
        fulfillmentLineItemId: 'gid://shopify/FulfillmentLineItem/820022594',
        quantity: 1,
        returnReasonDefinitionId: 'gid://shopify/ReturnReasonDefinition/305697940',
      },
    ]);

    const report = await postJson(
      '/issues',
      { kind: 'order', id: '450789469', type: 'damaged', message: 'Screen cracked' },
      auth,
    );
    expect(report.status).toBe(201);
    const { reference } = await readJson(report);
    expect(smtp.inbox.map((mail) => mail.subject)).toEqual([`[${reference}] Item arrived damaged — order #1001`]);
  });
});
