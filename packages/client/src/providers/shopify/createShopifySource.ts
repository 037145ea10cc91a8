import { isNotFoundError } from '../../errors/NotFoundError.js';
import type { Order } from '../../model/Order.js';
import type { Source, SourceContext, SourceOrder } from '../../source/Source.js';
import { createProviderFetch } from '../shared/createProviderFetch.js';
import { type PathReader, readPath } from '../shared/readPath.js';
import { createShopifyGraphql } from './createShopifyGraphql.js';
import { getShopifyFulfillmentId } from './getShopifyFulfillmentId.js';
import { getShopifyId } from './getShopifyId.js';
import { getShopifyLegacyId } from './getShopifyLegacyId.js';
import { getShopifyNodes } from './getShopifyNodes.js';
import { normalizeShopifyOrder } from './normalizeShopifyOrder.js';
import { shopifyOrderExtrasQuery } from './shopifyOrderExtrasQuery.js';
import { shopifyOwnerOrderQuery } from './shopifyOwnerOrderQuery.js';

/** Options of `createShopifySource`. */
export interface ShopifySourceOptions {
  /** The shop's subdomain or host. @example 'waypost-demo' or 'waypost-demo.myshopify.com' */
  shop: string;
  /** An Admin API access token (custom app), sent as `X-Shopify-Access-Token`. Keep it on the server. */
  accessToken: string;
  /**
   * Admin API version; returns are read with fields of 2026-01.
   * @default '2026-01'
   */
  apiVersion?: string;
  /** The retailer's returns portal and support page, added to every order (http/https). */
  links?: Pick<Order['links'], 'returnsPortal' | 'support'>;
  /**
   * Read the order's returns and exchanges (needs the `read_returns` scope; one GraphQL call per order read).
   * @default true
   */
  returns?: boolean;
  /**
   * Milliseconds per call before it fails with a `TimeoutError`.
   * @default 10_000
   */
  timeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

const normalizeNumber = (value: string) => value.trim().replace(/^#/, '').toLowerCase();

/**
 * A `Source` over a Shopify store's Admin API, read server-side. `findOrder(number)` searches REST
 * `orders.json?name=` (any status), compares the number without `#` and case, then reads the fulfillment events
 * (REST), the fulfillment orders when items wait to ship (REST), and the line item images and returns (one
 * GraphQL call). It resolves to `{ order, contact }`: the contact (order email, shipping postal code) is only for
 * verifying the shopper and is never part of the order. `get` reads an order by id, and a return, exchange or
 * shipment through the order it belongs to.
 *
 * Scopes: `read_orders`, `read_merchant_managed_fulfillment_orders` (or the assigned/third-party variants), and
 * `read_returns` unless `returns: false`.
 *
 * @example
 * const source = createShopifySource({ shop: 'waypost-demo', accessToken: process.env.SHOPIFY_ADMIN_TOKEN! });
 * const handler = createHandler({ source, secret });
 */
export function createShopifySource(options: ShopifySourceOptions): Source {
  const host = options.shop.includes('.') ? options.shop : `${options.shop}.myshopify.com`;
  const api = createProviderFetch({
    provider: 'Shopify',
    baseUrl: `https://${host}/admin/api/${options.apiVersion ?? '2026-01'}`,
    headers: { 'x-shopify-access-token': options.accessToken },
    ...(options.timeout ? { timeout: options.timeout } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const graphql = createShopifyGraphql(api);

  async function loadOrder(raw: PathReader, context: SourceContext): Promise<SourceOrder> {
    const { signal } = context;
    const id = getShopifyId(raw.at('id'));
    const fulfillments = raw
      .at('fulfillments')
      .optionalArray()
      .map((entry) => getShopifyId(entry.at('id')));
    const waiting = raw
      .at('line_items')
      .optionalArray()
      .some((line) => (line.at('fulfillable_quantity').optionalNumber() ?? 0) > 0);
    const [events, fulfillmentOrders, extras] = await Promise.all([
      Promise.all(fulfillments.map((fid) => api.get(`orders/${id}/fulfillments/${fid}/events.json`, { signal }))),
      waiting ? api.get(`orders/${id}/fulfillment_orders.json`, { signal }) : undefined,
      graphql(shopifyOrderExtrasQuery, { id: `gid://shopify/Order/${id}`, returns: options.returns !== false }, signal),
    ]);
    const imageUrls: Record<string, string> = {};
    for (const node of getShopifyNodes(extras.at('order').at('lineItems'))) {
      const url = node.at('image').at('url').optionalString();
      if (url) imageUrls[getShopifyLegacyId(getShopifyId(node.at('id')))] = url;
    }
    const order = normalizeShopifyOrder(raw.value, {
      fulfillmentEvents: Object.fromEntries(fulfillments.map((fid, index) => [fid, events[index]])),
      fulfillmentOrders,
      returns: getShopifyNodes(extras.at('order').at('returns')).map((node) => node.value),
      imageUrls,
      ...(options.links ? { links: options.links } : {}),
    });
    const email =
      raw.at('email').optionalString() ??
      raw.at('contact_email').optionalString() ??
      raw.at('customer').at('email').optionalString();
    const postalCode =
      raw.at('shipping_address').at('zip').optionalString() ?? raw.at('billing_address').at('zip').optionalString();
    return { order, contact: { ...(email ? { email } : {}), ...(postalCode ? { postalCode } : {}) } };
  }

  async function readOrder(id: string, context: SourceContext): Promise<SourceOrder | null> {
    if (!/^\d+$/.test(id)) return null;
    try {
      const order = readPath(await api.get(`orders/${id}.json`, { signal: context.signal }), 'Shopify order').at(
        'order',
      );
      order.object();
      return await loadOrder(order, context);
    } catch (error) {
      if (isNotFoundError(error)) return null;
      throw error;
    }
  }

  async function readOwnerOrder(gid: string, context: SourceContext): Promise<Order | null> {
    const data = await graphql(shopifyOwnerOrderQuery, { id: gid }, context.signal);
    const orderId = data.at('node').at('order').at('legacyResourceId').optionalString();
    return orderId ? ((await readOrder(orderId, context))?.order ?? null) : null;
  }

  return {
    name: 'shopify',
    async findOrder(orderNumber, context) {
      const wanted = normalizeNumber(orderNumber);
      if (wanted === '') return null;
      // `name=1001` finds `#1001`; the exact comparison below drops prefix matches such as `#10010`.
      const name = orderNumber.trim().replace(/^#/, '');
      const body = await api.get('orders.json', {
        searchParams: { name, status: 'any', limit: '10' },
        signal: context.signal,
      });
      const match = readPath(body, 'Shopify orders')
        .at('orders')
        .array()
        .find((order) => normalizeNumber(order.at('name').optionalString() ?? '') === wanted);
      if (!match) return null;
      match.object();
      return loadOrder(match, context);
    },
    async get(kind, id, context) {
      if (kind === 'order') {
        const found = await readOrder(id, context);
        return found ? { kind: 'order', order: found.order } : null;
      }
      if (kind === 'shipment') {
        // A fulfillment's later parcels (`<fulfillment id>:<tracking number>`) are read through the fulfillment.
        const order = await readOwnerOrder(`gid://shopify/Fulfillment/${getShopifyFulfillmentId(id)}`, context);
        const shipment = order?.shipments.find((entry) => entry.id === getShopifyLegacyId(id));
        return shipment ? { kind: 'shipment', shipment } : null;
      }
      const gid = id.startsWith('gid://') ? id : `gid://shopify/Return/${id}`;
      const order = await readOwnerOrder(gid, context);
      if (kind === 'return') {
        const record = order?.returns.find((entry) => entry.id === gid);
        return record ? { kind: 'return', return: record } : null;
      }
      const exchange = order?.exchanges.find((entry) => entry.id === gid);
      return exchange ? { kind: 'exchange', exchange } : null;
    },
  };
}
