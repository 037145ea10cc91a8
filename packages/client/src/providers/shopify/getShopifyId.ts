import type { PathReader } from '../shared/readPath.js';

/**
 * A required Shopify id as a string: REST sends numbers (`450789469`), GraphQL sends global ids
 * (`gid://shopify/Order/450789469`). Missing or of another type → `InvalidResponseError` at that path.
 *
 * @example getShopifyId(readPath({ id: 450789469 }, 'Shopify order').at('id')) // '450789469'
 */
export function getShopifyId(field: PathReader): string {
  return field.optionalString() ?? field.nonEmptyString();
}
