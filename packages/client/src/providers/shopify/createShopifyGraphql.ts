import { HttpError } from '../../errors/HttpError.js';
import type { ProviderFetch } from '../shared/createProviderFetch.js';
import { type PathReader, readPath } from '../shared/readPath.js';

/** Runs one Admin GraphQL query; resolves to the reader of `data`. */
export type ShopifyGraphql = (
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
) => Promise<PathReader>;

/**
 * A GraphQL caller over the source's Admin API client (`POST graphql.json`). GraphQL reports failures in a 200
 * body: `errors` with no `data` (a bad query, a missing access scope, throttling) become an `HttpError` (502)
 * carrying Shopify's first message.
 *
 * @example const data = await createShopifyGraphql(api)(query, { id }); data.at('order')
 */
export function createShopifyGraphql(api: ProviderFetch): ShopifyGraphql {
  return async (query, variables, signal) => {
    const body = readPath(await api.post('graphql.json', { json: { query, variables }, signal }), 'Shopify GraphQL');
    body.object();
    const errors = body.at('errors').optionalArray();
    if (errors.length > 0 && !body.at('data').isObject()) {
      const message = errors[0]?.at('message').optionalString() ?? 'unknown error';
      throw new HttpError(`Shopify GraphQL failed: ${message.slice(0, 200)}`, { status: 502 });
    }
    return body.at('data');
  };
}
