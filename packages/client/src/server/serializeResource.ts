import type { Resource } from '../model/LookupResult.js';
import { createEtag } from './createEtag.js';
import { unchangingResources } from './unchangingResources.js';

const serialized = new WeakMap<Resource, { body: string; etag: string }>();

/**
 * A record's JSON and its strong `ETag`. For a record the provider cache hands to every reader both are made once
 * (a tenth of a cached read's CPU each); any other record is serialized on every call.
 *
 * @example const { body, etag } = await serializeResource(resource)
 */
export async function serializeResource(resource: Resource): Promise<{ body: string; etag: string }> {
  const known = serialized.get(resource);
  if (known) return known;
  const body = JSON.stringify(resource);
  const result = { body, etag: await createEtag(body) };
  if (unchangingResources.has(resource)) serialized.set(resource, result);
  return result;
}
