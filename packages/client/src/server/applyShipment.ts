import type { Resource } from '../model/LookupResult.js';
import type { Return } from '../model/Return.js';
import type { Shipment } from '../model/Shipment.js';
import { getCarrierKey } from '../providers/shared/getCarrierKey.js';
import { getShipmentFreshness } from './getShipmentFreshness.js';
import { isFresherShipment } from './isFresherShipment.js';
import { isSameParcel } from './isSameParcel.js';
import { getTrackingKey } from './notify/getParcelState.js';

/** Options of `applyShipment`. */
export interface ApplyShipmentOptions {
  /**
   * Match parcels on the tracking number alone, whatever their carriers: for a tracking source asked about one
   * parcel of the record, whose answer may name another leg's courier or spell a store's free-text carrier its way.
   * @default false (the tracking number and the carrier, `isSameParcel`)
   * @example applyShipment(order, answer, { anyCarrier: true, anyAge: true })
   */
  anyCarrier?: boolean;
  /**
   * Replace a parcel whatever the ages of the two states, instead of only with a fresher one (`isFresherShipment`).
   * @default false (an older or no newer update leaves the parcel as it is)
   * @example applyShipment(order, answer, { anyCarrier: true, anyAge: true })
   */
  anyAge?: boolean;
}

/**
 * `resource` with each of its parcels that `update` describes replaced by `update`, or `null` when it replaced none.
 * A parcel is the one `update` describes when it has the same tracking number and carrier (`isSameParcel`), and it is
 * replaced only when `update` is fresher (`isFresherShipment`): a late, replayed or redelivered webhook changes
 * nothing. A webhook's shipment comes from the provider, so the record's own id, direction and item links are kept,
 * and its carrier when `update` names none. The order's overall status is left as the source computed it.
 *
 * @example applyShipment(orderResource, shipmentFromWebhook) // the order with that parcel fresh, or null
 */
export function applyShipment(
  resource: Resource,
  update: Shipment,
  options: ApplyShipmentOptions = {},
): Resource | null {
  const key = getTrackingKey(update.trackingNumber);
  const freshness = getShipmentFreshness(update);
  // An update that names no carrier (an EasyPost tracker without one, Shopify's "Other") keeps the record's.
  const keepsCarrier = getCarrierKey(update.carrier.code) === 'unknown';
  let matched = false;
  const merge = (shipment: Shipment): Shipment => {
    const same = options.anyCarrier ? getTrackingKey(shipment.trackingNumber) === key : isSameParcel(shipment, update);
    if (!same || !(options.anyAge || isFresherShipment(freshness, getShipmentFreshness(shipment)))) return shipment;
    matched = true;
    return {
      ...update,
      id: shipment.id,
      direction: shipment.direction,
      carrier: keepsCarrier ? shipment.carrier : update.carrier,
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
