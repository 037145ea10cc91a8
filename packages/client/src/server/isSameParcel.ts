import type { Shipment } from '../model/Shipment.js';
import { isSameCarrier } from '../providers/shared/isSameCarrier.js';
import { getParcelCarrier } from './getParcelCarrier.js';
import { getTrackingKey } from './notify/getParcelState.js';

/**
 * Whether `update` describes `parcel`: the same tracking number (ignoring case, spaces and dashes) and the same
 * carrier (`isSameCarrier`: the spellings of one carrier match, and a side that names no carrier, or whose provider
 * tracks by number alone, matches any); or the very same id.
 *
 * @example isSameParcel(upsParcel, { ...upsParcel, carrier: { code: 'fedex', name: 'FedEx' } }) // false
 * @example isSameParcel(upsParcel, { ...upsParcel, carrier: { code: 'UPS', name: 'UPS' } }) // true
 */
export function isSameParcel(parcel: Shipment, update: Shipment): boolean {
  if (getTrackingKey(parcel.trackingNumber) !== getTrackingKey(update.trackingNumber)) return false;
  return parcel.id === update.id || isSameCarrier(getParcelCarrier(parcel), getParcelCarrier(update));
}
