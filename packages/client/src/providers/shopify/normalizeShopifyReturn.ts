import type { Exchange } from '../../model/Exchange.js';
import type { LineItem } from '../../model/LineItem.js';
import type { Return } from '../../model/Return.js';
import type { Shipment } from '../../model/Shipment.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { parseTime } from '../../time/parseTime.js';
import { type PathReader, readPath } from '../shared/readPath.js';
import { getShopifyEnumText } from './getShopifyEnumText.js';
import { getShopifyExchangeStage } from './getShopifyExchangeStage.js';
import { getShopifyLegacyId } from './getShopifyLegacyId.js';
import { getShopifyNodes } from './getShopifyNodes.js';
import { getShopifyRefund } from './getShopifyRefund.js';
import { getShopifyReverseDelivery } from './getShopifyReverseDelivery.js';
import { mapShopifyReturnStatus } from './mapShopifyReturnStatus.js';
import { normalizeShopifyLineItem } from './normalizeShopifyLineItem.js';
import { normalizeShopifyReturnLineItem } from './normalizeShopifyReturnLineItem.js';

/** A Shopify return, or an exchange when the return has exchange line items. Tagged like a `Resource`. */
export type ShopifyReturnResult = { kind: 'return'; return: Return } | { kind: 'exchange'; exchange: Exchange };

/** Options of `normalizeShopifyReturn`. */
export interface NormalizeShopifyReturnOptions {
  /**
   * The order's outbound shipments: the one carrying an exchange item becomes the exchange's replacement.
   * @default []
   */
  shipments?: readonly Shipment[];
  /**
   * The time used for `createdAt` when the document carries none (a selection without `createdAt`); its `raw` is
   * left empty so callers can tell.
   * @default new Date()
   */
  now?: Date;
}

// `{ data: { return } }` as the API answers, `{ return }` as the docs print it, or the bare object with its id.
function getDocument(root: PathReader): PathReader {
  root.object();
  let doc = root.at('return');
  if (root.at('data').exists()) {
    root.at('data').object();
    doc = root.at('data').at('return');
  } else if (root.at('id').exists() && !doc.exists()) {
    doc = root;
  }
  doc.object();
  return doc;
}

function getCreatedAt(doc: PathReader, fallbacks: Array<TimeValue | undefined>, now: Date): TimeValue {
  for (const key of ['createdAt', 'requestApprovedAt', 'closedAt']) {
    const time = parseTime(doc.at(key).optionalString());
    if (time) return time;
  }
  const known = fallbacks.find(Boolean);
  if (known) return known;
  return { kind: 'instant', utc: now.toISOString(), raw: '' };
}

/**
 * Maps an Admin GraphQL `Return` (`{ data: { return } }`, `{ return }`, or the bare object with its `id`) to a
 * `Return` — or, when it has `exchangeLineItems`, to an `Exchange` whose `return` is that return and whose
 * replacement is those items (plus the order shipment that carries them, from `options.shipments`). The stage
 * comes from `status`, refined by the reverse deliveries, dispositions and refunds (`mapShopifyReturnStatus`);
 * the decline reason becomes `stageReason`. Partial selections are accepted: a document without `id` gets
 * its `name` (or `unknown`) as id, one without `status` is `requested`.
 *
 * Invalid input policy: `{ data: { return: null } }` and anything that is not a return document throw
 * `InvalidResponseError` with the field path.
 *
 * @example
 * const result = normalizeShopifyReturn(await graphql(returnQuery, { id }));
 * if (result.kind === 'exchange') show(result.exchange.stage);
 */
export function normalizeShopifyReturn(
  payload: unknown,
  options: NormalizeShopifyReturnOptions = {},
): ShopifyReturnResult {
  const doc = getDocument(readPath(payload, 'Shopify return'));
  const id = doc.at('id').optionalString() ?? doc.at('name').optionalString() ?? 'unknown';
  const status = doc.at('status').optionalString();
  const items = getShopifyNodes(doc.at('returnLineItems')).map((node, index) =>
    normalizeShopifyReturnLineItem(node, index, id),
  );
  const exchangeItems: LineItem[] = getShopifyNodes(doc.at('exchangeLineItems')).map((node, index) => {
    const line = node.at('lineItem').exists() ? node.at('lineItem') : node.at('lineItems').optionalArray()[0];
    const fallbackId = node.at('id').optionalString() ?? `${id}#exchange-${index + 1}`;
    const item = line?.exists()
      ? normalizeShopifyLineItem(line, { fallbackId })
      : { id: fallbackId, title: '', quantity: 1 };
    const quantity = node.at('quantity').optionalNumber();
    return {
      ...item,
      id: getShopifyLegacyId(item.id),
      ...(quantity !== undefined ? { quantity: Math.max(0, Math.trunc(quantity)) } : {}),
    };
  });
  const reverse = getShopifyReverseDelivery(
    doc,
    id,
    items.map((item) => item.id),
  );
  const refund = getShopifyRefund(getShopifyNodes(doc.at('refunds')));
  const stage = mapShopifyReturnStatus(status, {
    ...reverse,
    refunded: refund !== null,
    exchanged: exchangeItems.length > 0,
  });
  const decline = doc.at('decline');
  const stageReason =
    stage === 'rejected'
      ? (decline.at('note').optionalString() ?? getShopifyEnumText(decline.at('reason').optionalString()))
      : undefined;
  const order = doc.at('order');
  const orderId = order.at('id').optionalString();
  const orderNumber = order.at('name').optionalString();
  const createdAt = getCreatedAt(doc, [refund?.issuedAt, reverse.labelCreatedAt], options.now ?? new Date());
  const closedAt = parseTime(doc.at('closedAt').optionalString());

  const record: Return = {
    id,
    rma: doc.at('name').optionalString() ?? id,
    ...(orderId ? { orderId: getShopifyLegacyId(orderId) } : {}),
    ...(orderNumber ? { orderNumber } : {}),
    stage,
    ...(stageReason ? { stageReason } : {}),
    items,
    shipment: reverse.shipment,
    refund,
    ...(reverse.labelUrl ? { labelUrl: reverse.labelUrl } : {}),
    ...(exchangeItems.length > 0 ? { exchangeId: id } : {}),
    createdAt,
    ...(closedAt ? { updatedAt: closedAt } : {}),
  };
  if (exchangeItems.length === 0) return { kind: 'return', return: record };

  const wanted = new Set(exchangeItems.map((item) => item.id));
  const replacement =
    options.shipments?.find((shipment) => shipment.itemIds.some((itemId) => wanted.has(itemId))) ?? null;
  return {
    kind: 'exchange',
    exchange: {
      id,
      ...(record.orderId ? { orderId: record.orderId } : {}),
      ...(orderNumber ? { orderNumber } : {}),
      stage: getShopifyExchangeStage(stage, replacement),
      ...(stageReason ? { stageReason } : {}),
      return: record,
      replacement: { items: exchangeItems, shipment: replacement },
      createdAt,
      ...(closedAt ? { updatedAt: closedAt } : {}),
    },
  };
}
