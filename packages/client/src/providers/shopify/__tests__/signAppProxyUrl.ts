// Test helper (not a test): what Shopify does to a storefront request it forwards through an app proxy.
import { createHmac } from 'node:crypto';

/**
 * The app-side URL Shopify forwards `/apps/<subpath><path>` to: the proxy URL plus `path`, with `shop`,
 * `logged_in_customer_id`, `path_prefix`, `timestamp` and the `signature` over them (keys sorted, `key=value`
 * concatenated, HMAC-SHA-256 hex under the app's secret), computed here with node:crypto, independently of the code
 * under test.
 */
export function signAppProxyUrl(
  proxyUrl: string,
  path: string,
  options: { secret: string; shop: string; pathPrefix: string; now?: number },
): string {
  const url = new URL(`${proxyUrl}${path}`);
  url.searchParams.set('shop', options.shop);
  url.searchParams.set('logged_in_customer_id', '');
  url.searchParams.set('path_prefix', options.pathPrefix);
  url.searchParams.set('timestamp', String(Math.floor((options.now ?? Date.now()) / 1000)));
  const message = [...url.searchParams]
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('');
  url.searchParams.set('signature', createHmac('sha256', options.secret).update(message).digest('hex'));
  return url.toString();
}
