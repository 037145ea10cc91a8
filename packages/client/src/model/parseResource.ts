import type { Resource } from './LookupResult.js';
import { parseModel } from './parseModel.js';
import { resourceSchema } from './schemas/resourceSchema.js';

/**
 * Validates a tagged record (`{ kind, order | return | exchange | shipment }`), as `GET /{kind}s/{id}` returns it.
 *
 * @example const resource = parseResource(await response.json(), 'GET /orders/o_1')
 */
export function parseResource(value: unknown, what = 'record'): Resource {
  return parseModel<Resource>(resourceSchema, value, what);
}
