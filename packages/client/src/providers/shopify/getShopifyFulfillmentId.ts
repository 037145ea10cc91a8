import { getShopifyLegacyId } from './getShopifyLegacyId.js';

/**
 * The fulfillment a Shopify shipment id belongs to: the bare id (`255858046`, the fulfillment's first parcel), a
 * later parcel's `255858046:<tracking number>` (`getShopifyParcelId`), or a global id
 * (`gid://shopify/Fulfillment/255858046`).
 *
 * @example getShopifyFulfillmentId('255858046:1Z1234512345123457') // '255858046'
 */
export function getShopifyFulfillmentId(shipmentId: string): string {
  const legacyId = getShopifyLegacyId(shipmentId);
  return /^\d+:/.test(legacyId) ? legacyId.slice(0, legacyId.indexOf(':')) : legacyId;
}
