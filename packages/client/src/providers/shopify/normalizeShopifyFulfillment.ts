import type { Shipment } from '../../model/Shipment.js';
import {
  type NormalizeShopifyFulfillmentOptions,
  normalizeShopifyFulfillmentParcels,
} from './normalizeShopifyFulfillmentParcels.js';

/**
 * Maps a REST fulfillment (`{ fulfillment }` or the bare object, as in `order.fulfillments[]`) to the `Shipment` of
 * its first parcel, with the fulfillment's id: status from `status` + `shipment_status` (see
 * `getShopifyFulfillmentStatus`), the first tracking number (`tracking_number`, else `tracking_numbers[]`) with its
 * own http/https link, the carrier from `tracking_company`, and the ids of its line items. A fulfillment shipped in
 * several boxes has one parcel per tracking number: `normalizeShopifyFulfillmentParcels` returns them all.
 *
 * Invalid input policy: anything that is not a fulfillment throws `InvalidResponseError` with the field path.
 *
 * @example normalizeShopifyFulfillment(await api.get(`orders/${id}/fulfillments/${fid}.json`)).status.exception // 'cancelled'
 */
export function normalizeShopifyFulfillment(
  payload: unknown,
  options: NormalizeShopifyFulfillmentOptions = {},
): Shipment {
  return normalizeShopifyFulfillmentParcels(payload, options)[0] as Shipment;
}
