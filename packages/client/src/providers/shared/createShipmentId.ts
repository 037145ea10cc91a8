import { toWellFormed } from './toWellFormed.js';

/**
 * The id a provider adapter gives a shipment: provider, the provider's own carrier code and the tracking number,
 * so the source can fetch the parcel again from the id alone (`get('shipment', id)`) on any API version. Lone
 * surrogates in provider data become U+FFFD rather than a `URIError`.
 *
 * @example createShipmentId('aftership', 'ups', '1ZA2207X6791425225') // 'aftership:ups:1ZA2207X6791425225'
 */
export function createShipmentId(provider: string, carrier: string | undefined, trackingNumber: string): string {
  return [provider, carrier ?? '', trackingNumber].map((part) => encodeURIComponent(toWellFormed(part))).join(':');
}
