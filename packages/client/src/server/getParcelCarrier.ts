import type { Shipment } from '../model/Shipment.js';

// An adapter's id, `<provider>:<carrier>:<tracking number>` (each part URI-encoded), with the carrier left empty.
const numberOnlyId = /^[^:]+::[^:]+$/;

/**
 * The carrier code that tells `shipment` apart from another carrier's parcel with the same tracking number, or
 * `undefined` when its provider tracks by number alone (its adapter id names no carrier: Ship24, whose carrier is
 * the courier holding the parcel now and changes at a hand-over from one courier to the next).
 *
 * @example getParcelCarrier(upsParcel) // 'ups'
 * @example getParcelCarrier(normalizeShip24Tracking(body)) // undefined (id `ship24::9400…`)
 */
export function getParcelCarrier(shipment: Shipment): string | undefined {
  return numberOnlyId.test(shipment.id) ? undefined : shipment.carrier.code;
}
