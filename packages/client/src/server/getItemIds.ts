import type { Resource } from '../model/LookupResult.js';

/**
 * The line-item ids a record knows: an order's items, a return's, an exchange's returned and replacement items, a
 * parcel's item links. An issue report may name only these.
 *
 * @example getItemIds({ kind: 'order', order }) // ['li_1', 'li_2']
 */
export function getItemIds(resource: Resource): Set<string> {
  switch (resource.kind) {
    case 'order':
      return new Set(resource.order.items.map((item) => item.id));
    case 'return':
      return new Set(resource.return.items.map((item) => item.id));
    case 'exchange':
      return new Set(
        [...resource.exchange.return.items, ...resource.exchange.replacement.items].map((item) => item.id),
      );
    case 'shipment':
      return new Set(resource.shipment.itemIds);
  }
}
