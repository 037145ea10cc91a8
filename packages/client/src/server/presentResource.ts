import type { Resource } from '../model/LookupResult.js';
import type { AccessTokenPayload } from './AccessTokenPayload.js';
import { redactShipment } from './redactShipment.js';

/**
 * What the bearer of `grant` may see of `resource`: everything, except that a tracking-number grant (a shipment
 * token not issued through an order) gets the redacted public view of the parcel.
 *
 * @example presentResource(resource, { k: 'shipment', id: 'shp_1', exp })
 */
export function presentResource(resource: Resource, grant: Pick<AccessTokenPayload, 'k' | 'o'>): Resource {
  if (grant.k === 'shipment' && grant.o === undefined && resource.kind === 'shipment') {
    return { kind: 'shipment', shipment: redactShipment(resource.shipment) };
  }
  return resource;
}
