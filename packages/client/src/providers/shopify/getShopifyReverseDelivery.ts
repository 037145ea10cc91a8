import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { Shipment } from '../../model/Shipment.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { parseTime } from '../../time/parseTime.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { normalizeCarrier } from '../shared/normalizeCarrier.js';
import type { PathReader } from '../shared/readPath.js';
import { getShopifyNodes } from './getShopifyNodes.js';

/** The return leg as a Shopify `Return` document shows it. */
export interface ShopifyReverseDelivery {
  /** The parcel coming back, once a reverse delivery has a tracking number. */
  shipment: Shipment | null;
  labelUrl?: string;
  labelCreatedAt?: TimeValue;
  /** Some reverse delivery has a label or a tracking number. */
  labelled: boolean;
  /** Every reverse fulfillment order is closed (and there is at least one). */
  received: boolean;
  /** A disposition was recorded for some returned item. */
  inspected: boolean;
}

/**
 * Reads `reverseFulfillmentOrders { status, lineItems { dispositions }, reverseDeliveries { deliverable { label,
 * tracking } } }`. The return parcel's shipment gets `label_created` (Shopify has no carrier status for it), or
 * `delivered` once its reverse fulfillment order is closed.
 *
 * @example getShopifyReverseDelivery(doc, 'gid://shopify/Return/1', ['466157049']).labelled // true
 */
export function getShopifyReverseDelivery(
  doc: PathReader,
  returnId: string,
  itemIds: string[],
): ShopifyReverseDelivery {
  const orders = getShopifyNodes(doc.at('reverseFulfillmentOrders'));
  const statuses = orders.map((order) => order.at('status').optionalString()?.toUpperCase());
  const received = orders.length > 0 && statuses.every((status) => status === 'CLOSED');
  const inspected = orders.some((order) =>
    getShopifyNodes(order.at('lineItems')).some((line) => line.at('dispositions').optionalArray().length > 0),
  );
  const result: ShopifyReverseDelivery = { shipment: null, labelled: false, received, inspected };
  for (const [index, order] of orders.entries()) {
    for (const delivery of getShopifyNodes(order.at('reverseDeliveries'))) {
      const deliverable = delivery.at('deliverable');
      const label = deliverable.at('label');
      const tracking = deliverable.at('tracking');
      const labelUrl = label.at('publicFileUrl').optionalString();
      const number = tracking.at('number').optionalString();
      if (labelUrl || number) result.labelled = true;
      if (isHttpUrl(labelUrl) && !result.labelUrl) result.labelUrl = labelUrl;
      const labelCreatedAt = parseTime(label.at('createdAt').optionalString());
      if (labelCreatedAt && !result.labelCreatedAt) result.labelCreatedAt = labelCreatedAt;
      if (!number || result.shipment) continue;
      const company = tracking.at('carrierName').optionalString() ?? tracking.at('company').optionalString();
      const slug = company
        ?.toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      const url = tracking.at('url').optionalString();
      const closed = statuses[index] === 'CLOSED';
      result.shipment = {
        id: delivery.at('id').optionalString() ?? `${returnId}#delivery`,
        direction: 'return',
        carrier: normalizeCarrier(slug, company ? { name: decodeEntities(company) } : {}),
        trackingNumber: number.trim(),
        ...(isHttpUrl(url) ? { trackingUrl: url } : {}),
        status: {
          milestone: closed ? 'delivered' : 'label_created',
          exception: null,
          actionRequired: false,
          raw: { provider: 'shopify', status: statuses[index] ?? 'OPEN', substatus: null },
        },
        eta: null,
        events: [],
        itemIds,
      };
    }
  }
  return result;
}
