import { verifyHmacSignature } from '../shared/verifyHmacSignature.js';

/** Options of `verifyShopifyAppProxySignature`. */
export interface VerifyShopifyAppProxySignatureOptions {
  /** The app's client secret (Partner Dashboard or Dev Dashboard → the app → Client credentials). */
  secret: string;
  /**
   * How old a forwarded request may be, in seconds, so a captured URL cannot be replayed for long.
   * @default 300
   */
  maxAgeSeconds?: number;
  /**
   * The clock, in milliseconds.
   * @default Date.now
   */
  now?: () => number;
}

/**
 * Checks the `signature` Shopify adds to every request it forwards through an app proxy: the hex HMAC-SHA-256, under
 * the app's client secret, of the other query parameters, decoded, as `key=value` (repeated keys' values joined with
 * `,`), sorted and concatenated. Also refuses a `timestamp` more than `maxAgeSeconds` away from now. The comparison
 * runs in constant time.
 *
 * @example await verifyShopifyAppProxySignature(new URL(request.url), { secret: process.env.SHOPIFY_API_SECRET })
 */
export async function verifyShopifyAppProxySignature(
  url: URL,
  options: VerifyShopifyAppProxySignatureOptions,
): Promise<boolean> {
  const signature = url.searchParams.get('signature');
  const timestamp = Number(url.searchParams.get('timestamp'));
  if (!signature || !Number.isInteger(timestamp)) return false;
  const now = (options.now ?? Date.now)() / 1000;
  if (Math.abs(now - timestamp) > (options.maxAgeSeconds ?? 300)) return false;
  const values = new Map<string, string[]>();
  for (const [key, value] of url.searchParams) {
    if (key !== 'signature') values.set(key, [...(values.get(key) ?? []), value]);
  }
  const body = [...values]
    .map(([key, list]) => `${key}=${list.join(',')}`)
    .sort()
    .join('');
  return verifyHmacSignature({ secret: options.secret, body, signature, encoding: 'hex' });
}
