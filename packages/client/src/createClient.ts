import { assertClientOptions } from './http/assertClientOptions.js';
import type { ClientOptions } from './http/ClientOptions.js';
import { createDeferredSourceClient } from './http/createDeferredSourceClient.js';
import { createHttpClient } from './http/createHttpClient.js';
import { resolveEndpoint } from './http/resolveEndpoint.js';
import type { WaypostClient } from './http/WaypostClient.js';

/**
 * Creates a Waypost client: over HTTP when given an `endpoint` (the retailer's handler), or in process when given
 * a `source`. Both have the same API, the same validation and the same errors. The in-process client loads on its
 * first call, so bundles that only use an `endpoint` do not carry it.
 *
 * @example const client = createClient({ endpoint: 'https://shop.example/apps/waypost', locale: 'en-US' })
 * @example const client = createClient({ endpoint: '/apps/waypost', baseUrl: location.href })
 * @example const client = createClient({ source: demoSource() })
 */
export function createClient(options: ClientOptions): WaypostClient {
  const { endpoint, source } = options;
  assertClientOptions(options);
  if (source && endpoint === undefined) return createDeferredSourceClient(options, source);
  if (typeof endpoint !== 'string' || source) {
    throw new TypeError('[waypost] createClient needs either an `endpoint` (a URL) or a `source`');
  }
  return createHttpClient(options, resolveEndpoint(endpoint, options.baseUrl));
}
