import { toWellFormed } from '../shared/toWellFormed.js';

/**
 * The shipment id of a fulfillment's parcel after the first: `<fulfillment id>:<tracking number>` (the number
 * URI-encoded). The first parcel keeps the bare fulfillment id, the id every shipment had before fulfillments were
 * split into parcels, so tokens, links, caches and pushes that hold it keep finding it. The number, not a position,
 * names the others: a number added to or removed from the fulfillment leaves the ids of the others as they were,
 * and an id whose number is gone finds nothing rather than another box.
 *
 * @example getShopifyParcelId('255858046', '1Z1234512345123457') // '255858046:1Z1234512345123457'
 */
export function getShopifyParcelId(fulfillmentId: string, trackingNumber: string): string {
  return `${fulfillmentId}:${encodeURIComponent(toWellFormed(trackingNumber))}`;
}
