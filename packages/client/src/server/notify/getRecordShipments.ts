import type { Resource } from '../../model/LookupResult.js';
import type { Shipment } from '../../model/Shipment.js';

/**
 * The parcels travelling to the shopper in a record: an order's outbound shipments and exchange replacements, a
 * shipment itself, or an exchange's replacement. Return parcels go to the retailer and get no alerts.
 *
 * @example getRecordShipments({ kind: 'order', order }) // [shipment, …]
 */
export function getRecordShipments(resource: Resource): Shipment[] {
  const outbound = (shipment: Shipment | null | undefined): shipment is Shipment =>
    shipment != null && shipment.direction === 'outbound';
  switch (resource.kind) {
    case 'shipment':
      return [resource.shipment].filter(outbound);
    case 'exchange':
      return [resource.exchange.replacement.shipment].filter(outbound);
    case 'return':
      return [];
    case 'order':
      return [
        ...resource.order.shipments,
        ...resource.order.exchanges.map((exchange) => exchange.replacement.shipment),
      ].filter(outbound);
  }
}
