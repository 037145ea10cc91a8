import type { Resource } from '../model/LookupResult.js';
import type { Return } from '../model/Return.js';
import type { Shipment } from '../model/Shipment.js';

const trackingKey = (trackingNumber: string) => trackingNumber.replace(/[\s-]/g, '').toUpperCase();

/**
 * `resource` with every parcel that has `update`'s tracking number replaced by `update`, or `null` when none
 * matches. A webhook's shipment comes from the provider, so the record's own id, direction and item links are kept.
 * The order's overall status is left as the source computed it.
 *
 * @example applyShipment(orderResource, shipmentFromWebhook) // the order with that parcel fresh, or null
 */
export function applyShipment(resource: Resource, update: Shipment): Resource | null {
  const key = trackingKey(update.trackingNumber);
  let matched = false;
  const merge = (shipment: Shipment): Shipment => {
    if (trackingKey(shipment.trackingNumber) !== key) return shipment;
    matched = true;
    return {
      ...update,
      id: shipment.id,
      direction: shipment.direction,
      itemIds: shipment.itemIds,
      trackingUrl: update.trackingUrl ?? shipment.trackingUrl,
    };
  };
  const mergeReturn = (record: Return): Return => ({
    ...record,
    shipment: record.shipment && merge(record.shipment),
  });
  let next: Resource;
  if (resource.kind === 'shipment') {
    next = { kind: 'shipment', shipment: merge(resource.shipment) };
  } else if (resource.kind === 'return') {
    next = { kind: 'return', return: mergeReturn(resource.return) };
  } else if (resource.kind === 'exchange') {
    const { exchange } = resource;
    const replacement = exchange.replacement;
    next = {
      kind: 'exchange',
      exchange: {
        ...exchange,
        return: mergeReturn(exchange.return),
        replacement: { ...replacement, shipment: replacement.shipment && merge(replacement.shipment) },
      },
    };
  } else {
    const { order } = resource;
    next = {
      kind: 'order',
      order: {
        ...order,
        shipments: order.shipments.map(merge),
        returns: order.returns.map(mergeReturn),
        exchanges: order.exchanges.map((exchange) => ({
          ...exchange,
          return: mergeReturn(exchange.return),
          replacement: {
            ...exchange.replacement,
            shipment: exchange.replacement.shipment && merge(exchange.replacement.shipment),
          },
        })),
      },
    };
  }
  return matched ? next : null;
}
