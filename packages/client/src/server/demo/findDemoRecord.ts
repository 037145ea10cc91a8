import type { Resource } from '../../model/LookupResult.js';
import type { Order } from '../../model/Order.js';
import type { ResourceKind } from '../../model/ResourceKind.js';
import type { Shipment } from '../../model/Shipment.js';

/** Every parcel of the orders, both directions: outbound, return legs and exchange replacements. */
export function listDemoShipments(orders: Order[]): Shipment[] {
  return orders.flatMap((order) => [
    ...order.shipments,
    ...order.returns.flatMap((rma) => (rma.shipment ? [rma.shipment] : [])),
    ...order.exchanges.flatMap((exchange) =>
      [exchange.return.shipment, exchange.replacement.shipment].filter((shipment) => shipment !== null),
    ),
  ]);
}

/**
 * Reads one record of any kind out of the built demo orders; `null` when no record has that id.
 * Returns that belong to an exchange are found too.
 *
 * @example findDemoRecord(orders, 'shipment', 'shp_1001_1') // { kind: 'shipment', shipment: … }
 */
export function findDemoRecord(orders: Order[], kind: ResourceKind, id: string): Resource | null {
  switch (kind) {
    case 'order': {
      const order = orders.find((candidate) => candidate.id === id);
      return order ? { kind, order } : null;
    }
    case 'return': {
      const all = orders.flatMap((order) => [...order.returns, ...order.exchanges.map((exchange) => exchange.return)]);
      const found = all.find((candidate) => candidate.id === id);
      return found ? { kind, return: found } : null;
    }
    case 'exchange': {
      const found = orders.flatMap((order) => order.exchanges).find((candidate) => candidate.id === id);
      return found ? { kind, exchange: found } : null;
    }
    case 'shipment': {
      const found = listDemoShipments(orders).find((candidate) => candidate.id === id);
      return found ? { kind, shipment: found } : null;
    }
    default:
      return null;
  }
}
