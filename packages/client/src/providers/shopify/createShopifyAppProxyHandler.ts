import { createProblemResponse } from '../../server/createProblemResponse.js';
import {
  type VerifyShopifyAppProxySignatureOptions,
  verifyShopifyAppProxySignature,
} from './verifyShopifyAppProxySignature.js';

/** Options of `createShopifyAppProxyHandler`. */
export interface ShopifyAppProxyHandlerOptions extends VerifyShopifyAppProxySignatureOptions {
  /** The Waypost handler (`createHandler(…)`), mounted at the app proxy's URL path. */
  handler: (request: Request) => Promise<Response>;
  /**
   * Requests that may reach the handler without passing through the proxy. Provider webhooks (AfterShip, EasyPost)
   * are called on the app's own URL and carry their own signatures.
   * @default requests to a path ending in `/webhooks/<provider>`
   * @example (request) => new URL(request.url).pathname.startsWith('/waypost/webhooks/')
   */
  direct?: (request: Request) => boolean;
}

const isProviderWebhook = (request: Request) => /\/webhooks\/[a-z0-9]+$/.test(new URL(request.url).pathname);

/**
 * Serves the handler behind a Shopify app proxy (`https://{shop}/apps/waypost/…` forwarded to the app), so the widget
 * calls the storefront's own origin: no CORS, no third-party domain. Every request must carry a valid, fresh proxy
 * `signature` (`verifyShopifyAppProxySignature`), except the `direct` ones; anything else is `401
 * verification_failed` before the handler sees it. Behind the proxy the client address is the `X-Forwarded-For`
 * Shopify sets: pass `clientAddressHeader: 'x-forwarded-for'` to `createHandler`.
 *
 * @example
 * const handler = createHandler({ source, secret, basePath: '/waypost', clientAddressHeader: 'x-forwarded-for' })
 * serveNode(createShopifyAppProxyHandler({ handler, secret: process.env.SHOPIFY_API_SECRET }))
 */
export function createShopifyAppProxyHandler(
  options: ShopifyAppProxyHandlerOptions,
): (request: Request) => Promise<Response> {
  if (typeof options?.handler !== 'function' || typeof options.secret !== 'string' || options.secret === '') {
    throw new TypeError('[waypost] createShopifyAppProxyHandler needs a `handler` and the app’s client `secret`');
  }
  const direct = options.direct ?? isProviderWebhook;
  return async (request) => {
    if (direct(request) || (await verifyShopifyAppProxySignature(new URL(request.url), options))) {
      return options.handler(request);
    }
    return createProblemResponse(401, 'verification_failed', 'This endpoint answers through the shop’s app proxy only');
  };
}
