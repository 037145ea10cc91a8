import { InvalidResponseError } from '../../errors/InvalidResponseError.js';
import type { Exchange } from '../../model/Exchange.js';
import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { Milestone } from '../../model/Milestone.js';
import type { Order } from '../../model/Order.js';
import type { Return } from '../../model/Return.js';
import { parseTime } from '../../time/parseTime.js';
import { type PathReader, readPath } from '../shared/readPath.js';
import { getShopifyId } from './getShopifyId.js';
import { getShopifyMoney } from './getShopifyMoney.js';
import { getShopifyOrderStatus } from './getShopifyOrderStatus.js';
import { mapShopifyFulfillmentOrderStatus } from './mapShopifyFulfillmentOrderStatus.js';
import { normalizeShopifyFulfillmentParcels } from './normalizeShopifyFulfillmentParcels.js';
import { normalizeShopifyLineItem } from './normalizeShopifyLineItem.js';
import { normalizeShopifyReturn } from './normalizeShopifyReturn.js';
import { withPathPrefix } from './withPathPrefix.js';

/** What `normalizeShopifyOrder` can add to a REST order, each fetched separately by the caller. */
export interface NormalizeShopifyOrderOptions {
  /** Fulfillment event bodies (`…/fulfillments/{id}/events.json`) by fulfillment id: timelines and ETAs. */
  fulfillmentEvents?: Record<string, unknown>;
  /** The order's fulfillment orders (`…/fulfillment_orders.json` body): tells `ordered` from `processing`. */
  fulfillmentOrders?: unknown;
  /** GraphQL `Return` documents of the order: become `returns` and, with exchange items, `exchanges`. */
  returns?: readonly unknown[];
  /** Product image URLs by line item id (REST line items carry none). Only http/https URLs are kept. */
  imageUrls?: Record<string, string>;
  /** The retailer's returns portal and support page (http/https). */
  links?: Pick<Order['links'], 'returnsPortal' | 'support'>;
}

// Where the items not shipped yet stand. Fulfillment orders tell `ordered` (open) from `processing` (being
// picked); without them, any shipment or a partial fulfillment means the rest is being processed.
function getUnshippedMilestone(order: PathReader, shipped: boolean, fulfillmentOrders: unknown): Milestone {
  if (fulfillmentOrders === undefined) {
    return shipped || order.at('fulfillment_status').optionalString() === 'partial' ? 'processing' : 'ordered';
  }
  const body = readPath(fulfillmentOrders, 'Shopify fulfillment orders');
  const list = Array.isArray(body.value) ? body.array() : body.at('fulfillment_orders').array();
  const waiting = list.map((entry) => {
    entry.object();
    const status = entry.at('status').nonEmptyString().toLowerCase();
    return status === 'closed' ? null : mapShopifyFulfillmentOrderStatus(status);
  });
  return waiting.includes('ordered') ? 'ordered' : 'processing';
}

/**
 * Maps a REST Admin order (`{ order }` or the bare object, `GET /orders/{id}.json` / `orders.json?name=`) to an
 * `Order`: its line items (presentment prices), one shipment per parcel (tracking number) of each fulfillment that
 * is not cancelled (`normalizeShopifyFulfillmentParcels`), the order's returns and exchanges (from
 * `options.returns`), and a status that is the least advanced of the shipments and the items still waiting to
 * ship, with the most pressing shipment exception (`cancelled` for a cancelled order).
 *
 * No contact data is read into the order: email, phone and addresses stay out; only the customer's first name is
 * kept, for a greeting. Nor is `order_status_url`: it is a bearer link (`…/authenticate?key=…`) that opens the
 * shop's order status page, with the shopper's name, addresses and contact details, for whoever holds it; the order
 * has no `links.order`.
 *
 * Invalid input policy: anything that is not an order throws `InvalidResponseError` with the field path.
 *
 * @example normalizeShopifyOrder(await api.get(`orders/${id}.json`)).status // { milestone: 'processing', exception: 'exception' }
 */
export function normalizeShopifyOrder(payload: unknown, options: NormalizeShopifyOrderOptions = {}): Order {
  const root = readPath(payload, 'Shopify order');
  root.object();
  const order = root.at('order').exists() ? root.at('order') : root;
  order.object();
  const id = getShopifyId(order.at('id'));
  const number = order.at('name').optionalString() ?? `#${order.at('order_number').optionalString() ?? id}`;
  const created = order.at('created_at');
  const placedAt = parseTime(order.at('processed_at').optionalString()) ?? parseTime(created.nonEmptyString());
  if (!placedAt)
    throw new InvalidResponseError('Shopify order: `created_at` is not a date-time', { path: created.path });
  const currency = order.at('presentment_currency').optionalString() ?? order.at('currency').optionalString();

  const lines = order.at('line_items').array();
  const items = lines.map((line) => {
    line.object();
    return normalizeShopifyLineItem(line, { imageUrl: options.imageUrls?.[getShopifyId(line.at('id'))], currency });
  });
  const shipments = order
    .at('fulfillments')
    .optionalArray()
    .flatMap((fulfillment) => {
      fulfillment.object();
      const events = options.fulfillmentEvents?.[getShopifyId(fulfillment.at('id'))];
      return withPathPrefix(fulfillment.path, () => normalizeShopifyFulfillmentParcels(fulfillment.value, { events }));
    })
    .filter((shipment) => shipment.status.exception !== 'cancelled');
  const shippable = lines.filter((line) => line.at('requires_shipping').optionalBoolean() !== false);
  const waiting = shippable.some((line) => (line.at('fulfillable_quantity').optionalNumber() ?? 0) > 0);
  // Nothing waiting and nothing shipped: a refunded or cancelled order stays `ordered`; a digital one is done.
  const unshipped = waiting
    ? getUnshippedMilestone(order, shipments.length > 0, options.fulfillmentOrders)
    : shipments.length === 0 && shippable.length > 0
      ? 'ordered'
      : null;
  const status = getShopifyOrderStatus({
    shipments: shipments.map((shipment) => shipment.status),
    unshipped,
    cancelled: order.at('cancelled_at').exists(),
  });

  const returns: Return[] = [];
  const exchanges: Exchange[] = [];
  for (const document of options.returns ?? []) {
    const result = normalizeShopifyReturn(document, { shipments });
    if (result.kind === 'exchange') exchanges.push(result.exchange);
    else returns.push(result.return);
  }
  const total = getShopifyMoney(order.at('current_total_price_set')) ?? getShopifyMoney(order.at('total_price_set'));
  const firstName = order.at('customer').at('first_name').optionalString();
  const updatedAt = parseTime(order.at('updated_at').optionalString()) ?? placedAt;

  return {
    id,
    number,
    placedAt,
    status,
    shipments,
    items,
    returns,
    exchanges,
    links: {
      ...(isHttpUrl(options.links?.returnsPortal) ? { returnsPortal: options.links.returnsPortal } : {}),
      ...(isHttpUrl(options.links?.support) ? { support: options.links.support } : {}),
    },
    ...(total ? { total } : {}),
    ...(firstName ? { customerFirstName: firstName } : {}),
    updatedAt,
  };
}
