import { isOpenRecord, type Resource } from '@waypost/client';
import { getShipments } from '../state/getShipments.js';

/**
 * Whether a record has nothing left to be told about: every parcel delivered and, for an order, every item shipped
 * and no return or exchange still open. Delivery alerts are not offered for it.
 *
 * @example isSettledRecord({ kind: 'shipment', shipment: delivered }) // true
 */
export function isSettledRecord(resource: Resource): boolean {
  const shipments = getShipments(resource);
  if (shipments.length === 0 || shipments.some((shipment) => shipment.status.milestone !== 'delivered')) return false;
  if (resource.kind !== 'order') return true;
  const { order } = resource;
  const shipped = new Set(shipments.flatMap((shipment) => shipment.itemIds));
  return (
    order.items.every((item) => shipped.has(item.id)) &&
    !order.returns.some(isOpenRecord) &&
    !order.exchanges.some(isOpenRecord)
  );
}
