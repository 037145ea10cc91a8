import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { Shipment } from '../../model/Shipment.js';
import { parseTime } from '../../time/parseTime.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { normalizeCarrier } from '../shared/normalizeCarrier.js';
import { pickEta } from '../shared/pickEta.js';
import { readPath } from '../shared/readPath.js';
import { getShopifyEtaChanges } from './getShopifyEtaChanges.js';
import { getShopifyEventsList } from './getShopifyEventsList.js';
import { getShopifyFulfillmentStatus } from './getShopifyFulfillmentStatus.js';
import { getShopifyId } from './getShopifyId.js';
import { normalizeShopifyFulfillmentEvents } from './normalizeShopifyFulfillmentEvents.js';

/** Options of `normalizeShopifyFulfillment`. */
export interface NormalizeShopifyFulfillmentOptions {
  /**
   * The fulfillment's events (`GET /orders/{id}/fulfillments/{id}/events.json` body): they fill the timeline
   * and the ETA with its moves. Without them the shipment has no events.
   * @default undefined
   * @example normalizeShopifyFulfillment(fulfillment, { events: await api.get(`…/events.json`) })
   */
  events?: unknown;
}

/**
 * Maps a REST fulfillment (`{ fulfillment }` or the bare object, as in `order.fulfillments[]`) to a `Shipment`:
 * status from `status` + `shipment_status` (see `getShopifyFulfillmentStatus`), the first of `tracking_number` /
 * `tracking_numbers[]` and `tracking_url` / `tracking_urls[]` (http/https only), the carrier from
 * `tracking_company`, and the ids of its line items. A fulfillment with several tracking numbers becomes one
 * shipment under the first number.
 *
 * Invalid input policy: anything that is not a fulfillment throws `InvalidResponseError` with the field path.
 *
 * @example normalizeShopifyFulfillment(await api.get(`orders/${id}/fulfillments/${fid}.json`)).status.exception // 'cancelled'
 */
export function normalizeShopifyFulfillment(
  payload: unknown,
  options: NormalizeShopifyFulfillmentOptions = {},
): Shipment {
  const root = readPath(payload, 'Shopify fulfillment');
  root.object();
  const fulfillment = root.at('fulfillment').exists() ? root.at('fulfillment') : root;
  fulfillment.object();
  const id = getShopifyId(fulfillment.at('id'));
  const status = fulfillment.at('status').nonEmptyString();
  const shipmentStatus = fulfillment.at('shipment_status').optionalString() ?? null;
  const numbers = fulfillment
    .at('tracking_numbers')
    .optionalArray()
    .map((entry) => entry.optionalString());
  const trackingNumber = (fulfillment.at('tracking_number').optionalString() ?? numbers.find(Boolean) ?? '').trim();
  const urls = fulfillment
    .at('tracking_urls')
    .optionalArray()
    .map((entry) => entry.optionalString());
  const trackingUrl = [fulfillment.at('tracking_url').optionalString(), ...urls].find((url) => isHttpUrl(url));
  const company = fulfillment.at('tracking_company').optionalString();
  const itemIds = fulfillment
    .at('line_items')
    .optionalArray()
    .map((item) => {
      item.object();
      return getShopifyId(item.at('id'));
    });

  const eventList = options.events === undefined ? [] : getShopifyEventsList(options.events);
  const events = options.events === undefined ? [] : normalizeShopifyFulfillmentEvents(options.events);
  const shipmentState = getShopifyFulfillmentStatus({
    status,
    shipmentStatus,
    hasTracking: trackingNumber !== '',
    events,
  });
  const delivered = shipmentState.milestone === 'delivered';
  const latestEventTime = events.at(-1)?.time ?? null;
  const history = getShopifyEtaChanges(eventList);
  const deliveredAt = events.findLast((event) => event.milestone === 'delivered')?.time;
  const updatedAt = parseTime(fulfillment.at('updated_at').optionalString());
  const slug = company
    ?.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

  return {
    id,
    direction: 'outbound',
    carrier: normalizeCarrier(slug, company ? { name: decodeEntities(company) } : {}),
    trackingNumber,
    ...(trackingUrl ? { trackingUrl } : {}),
    status: shipmentState,
    eta: pickEta([{ start: history.latest }], { delivered, latestEventTime, changes: history.changes }),
    events,
    itemIds,
    ...(delivered && deliveredAt ? { deliveredAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
  };
}
