import type { ClientOptions } from './http/ClientOptions.js';
import { createHttpClient } from './http/createHttpClient.js';
import { createSourceClient } from './http/createSourceClient.js';
import { resolveEndpoint } from './http/resolveEndpoint.js';
import type { WaypostClient } from './http/WaypostClient.js';

/**
 * Creates a Waypost client: over HTTP when given an `endpoint` (the retailer's handler), or in process when given
 * a `source`. Both have the same API, the same validation and the same errors.
 *
 * @example const client = createClient({ endpoint: 'https://shop.example/apps/waypost', locale: 'en-US' })
 * @example const client = createClient({ endpoint: '/apps/waypost', baseUrl: location.href })
 * @example const client = createClient({ source: demoSource() })
 */
export function createClient(options: ClientOptions): WaypostClient {
  if (options.source) return createSourceClient(options, options.source);
  if (typeof options.endpoint !== 'string') {
    throw new TypeError('[waypost] createClient needs an `endpoint` (a URL) or a `source`');
  }
  return createHttpClient(options, resolveEndpoint(options.endpoint, options.baseUrl));
}
