import type { Resource } from '../model/LookupResult.js';
import { parseResource } from '../model/parseResource.js';
import type { AccessTokenPayload } from './AccessTokenPayload.js';
import { redactShipment } from './redactShipment.js';
import { unchangingResources } from './unchangingResources.js';

/**
 * What the bearer of `grant` may see of `resource`, as the handler serves it. The record first goes through the
 * model's schema, as the client's own reads do: a link that is not `http:`/`https:` (a `trackingUrl`, a carrier's
 * `url`, a label or image) is dropped, not served, and keys the model does not know are left out. A record the
 * provider cache already parsed is served as it is (and keeps its cached JSON and `ETag`). A tracking-number
 * grant (a shipment token not issued through an order) then gets the redacted public view of the parcel.
 *
 * Invalid input policy: a record that breaks the model throws `InvalidResponseError` (a `500` for the request),
 * rather than reaching clients that would refuse it.
 *
 * @example presentResource(resource, { k: 'shipment', id: 'shp_1', exp })
 */
export function presentResource(resource: Resource, grant: Pick<AccessTokenPayload, 'k' | 'o'>): Resource {
  const clean = unchangingResources.has(resource) ? resource : parseResource(resource, `source ${resource.kind}`);
  if (grant.k === 'shipment' && grant.o === undefined && clean.kind === 'shipment') {
    return { kind: 'shipment', shipment: redactShipment(clean.shipment) };
  }
  return clean;
}
