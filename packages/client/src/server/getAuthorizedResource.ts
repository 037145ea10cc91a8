import type { Resource } from '../model/LookupResult.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import type { SourceContext } from '../source/Source.js';
import type { AccessTokenPayload } from './AccessTokenPayload.js';
import { getNestedResources } from './getNestedResources.js';
import type { HandlerContext } from './HandlerContext.js';
import { ProblemError } from './ProblemError.js';
import { presentResource } from './presentResource.js';

/** The refusal of a valid token used for a record it does not open. */
export function outOfScope(what: string): ProblemError {
  return new ProblemError(401, 'verification_failed', `This access token does not open that ${what}`, {
    headers: { 'WWW-Authenticate': 'Bearer' },
  });
}

/**
 * Reads `kind`/`id` for the bearer of `grant`, as they may see it. A grant opens its own record and the records
 * inside it (an order's shipments, returns and exchanges); anything else is a 401 like a bad token (as the
 * protocol says), decided before the record is looked up, so a token cannot probe which ids exist.
 *
 * @example const resource = await getAuthorizedResource(grant, 'shipment', 'shp_1', context, sourceContext)
 */
export async function getAuthorizedResource(
  grant: AccessTokenPayload,
  kind: ResourceKind,
  id: string,
  context: HandlerContext,
  sourceContext: SourceContext,
): Promise<Resource> {
  const { source } = context;
  let resource: Resource | null;
  if (grant.k === kind && grant.id === id) {
    resource = await source.get(kind, id, sourceContext);
  } else {
    const parent = await source.get(grant.k, grant.id, sourceContext);
    const nested = parent ? getNestedResources(parent).get(`${kind}:${id}`) : undefined;
    if (!nested) throw outOfScope('record');
    resource = (await source.get(kind, id, sourceContext)) ?? nested;
  }
  if (!resource) throw new ProblemError(404, 'not_found', 'No record has that id');
  return presentResource(resource, grant);
}
