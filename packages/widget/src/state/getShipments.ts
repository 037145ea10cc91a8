import type { Resource, Shipment } from '@waypost/client';

/**
 * Every parcel a record shows: an order's shipments, the shipment itself, a return's inbound parcel, an
 * exchange's return and replacement parcels.
 *
 * @example getShipments(result).map((shipment) => shipment.id)
 */
export function getShipments(result: Resource): Shipment[] {
  switch (result.kind) {
    case 'order':
      return result.order.shipments;
    case 'shipment':
      return [result.shipment];
    case 'return':
      return result.return.shipment ? [result.return.shipment] : [];
    case 'exchange':
      return [result.exchange.return.shipment, result.exchange.replacement.shipment].filter(
        (shipment): shipment is Shipment => shipment !== null,
      );
  }
}
