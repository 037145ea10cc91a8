import type { Resource } from '../model/LookupResult.js';

/**
 * The id of a tagged record, whatever its kind.
 *
 * @example getResourceId({ kind: 'order', order }) // order.id
 */
export function getResourceId(resource: Resource): string {
  return (resource as unknown as Record<string, { id: string }>)[resource.kind]!.id;
}
