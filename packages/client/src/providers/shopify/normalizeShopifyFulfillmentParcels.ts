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
import { getShopifyParcelId } from './getShopifyParcelId.js';
import { getShopifyParcels } from './getShopifyParcels.js';
import { normalizeShopifyFulfillmentEvents } from './normalizeShopifyFulfillmentEvents.js';

/** Options of `normalizeShopifyFulfillmentParcels` and `normalizeShopifyFulfillment`. */
export interface NormalizeShopifyFulfillmentOptions {
  /**
   * The fulfillment's events (`GET /orders/{id}/fulfillments/{id}/events.json` body): they fill the timeline
   * and the ETA with its moves. Without them the shipment has no events.
   * @default undefined
   * @example normalizeShopifyFulfillmentParcels(fulfillment, { events: await api.get(`…/events.json`) })
   */
  events?: unknown;
}

/**
 * Maps a REST fulfillment (`{ fulfillment }` or the bare object, as in `order.fulfillments[]`) to one `Shipment` per
 * parcel: one per distinct tracking number of `tracking_number` / `tracking_numbers[]`, each with its own
 * `tracking_urls[]` link (http/https only, see `getShopifyParcels`); one untracked shipment when there is none.
 * Every parcel has the fulfillment's carrier (`tracking_company`), status (`status` + `shipment_status`, see
 * `getShopifyFulfillmentStatus`), events and ETA, since Shopify keeps them per fulfillment, and the ids of its line
 * items, since Shopify does not say which box holds which item. The first parcel's id is the fulfillment's id,
 * the others' `<fulfillment id>:<tracking number>` (`getShopifyParcelId`).
 *
 * Invalid input policy: anything that is not a fulfillment throws `InvalidResponseError` with the field path.
 *
 * @example normalizeShopifyFulfillmentParcels(await api.get(`orders/${id}/fulfillments/${fid}.json`)).map((parcel) => parcel.id)
 * // ['255858046', '255858046:1Z1234512345123457']
 */
export function normalizeShopifyFulfillmentParcels(
  payload: unknown,
  options: NormalizeShopifyFulfillmentOptions = {},
): Shipment[] {
  const root = readPath(payload, 'Shopify fulfillment');
  root.object();
  const fulfillment = root.at('fulfillment').exists() ? root.at('fulfillment') : root;
  fulfillment.object();
  const id = getShopifyId(fulfillment.at('id'));
  const status = fulfillment.at('status').nonEmptyString();
  const shipmentStatus = fulfillment.at('shipment_status').optionalString() ?? null;
  const parcels = getShopifyParcels(fulfillment);
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
    hasTracking: parcels[0]?.trackingNumber !== '',
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

  const carrier = normalizeCarrier(slug, company ? { name: decodeEntities(company) } : {});
  const eta = pickEta([{ start: history.latest }], { delivered, latestEventTime, changes: history.changes });

  return parcels.map(({ trackingNumber, trackingUrl }, index) => ({
    id: index === 0 ? id : getShopifyParcelId(id, trackingNumber),
    direction: 'outbound',
    carrier,
    trackingNumber,
    ...(trackingUrl ? { trackingUrl } : {}),
    status: shipmentState,
    eta,
    events: [...events],
    itemIds: [...itemIds],
    ...(delivered && deliveredAt ? { deliveredAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
  }));
}
