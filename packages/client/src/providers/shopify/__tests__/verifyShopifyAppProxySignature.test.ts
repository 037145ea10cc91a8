import { describe, expect, it } from 'vitest';
import { verifyShopifyAppProxySignature } from '../verifyShopifyAppProxySignature.js';

// Shopify's documented example: shared secret `hush`, and the forwarded query with its signature.
const documented = new URL(
  'https://proxy-domain.com/proxy/extra/path/components?extra=1&extra=2&shop=shop-name.myshopify.com&logged_in_customer_id=1&path_prefix=%2Fapps%2Fawesome_reviews&timestamp=1317327555&signature=4c68c8624d737112c91818c11017d24d334b524cb5c2b8ba08daa056f7395ddb',
);
const at = (seconds: number) => () => seconds * 1000;

describe('verifyShopifyAppProxySignature', () => {
  it('accepts Shopify’s documented example, repeated keys joined with commas', async () => {
    expect(await verifyShopifyAppProxySignature(documented, { secret: 'hush', now: at(1317327555) })).toBe(true);
  });

  it('refuses another secret, a changed parameter, an added one or a missing signature', async () => {
    const options = { secret: 'hush', now: at(1317327555) };
    expect(await verifyShopifyAppProxySignature(documented, { ...options, secret: 'shh' })).toBe(false);
    for (const change of [
      (url: URL) => url.searchParams.set('logged_in_customer_id', '2'),
      (url: URL) => url.searchParams.append('extra', '3'),
      (url: URL) => url.searchParams.set('admin', '1'),
      (url: URL) => url.searchParams.delete('signature'),
      (url: URL) => url.searchParams.set('signature', 'not-hex'),
    ]) {
      const url = new URL(documented);
      change(url);
      expect(await verifyShopifyAppProxySignature(url, options)).toBe(false);
    }
  });

  it('refuses a request older than maxAgeSeconds, or from the future', async () => {
    expect(await verifyShopifyAppProxySignature(documented, { secret: 'hush', now: at(1317327555 + 301) })).toBe(false);
    expect(await verifyShopifyAppProxySignature(documented, { secret: 'hush', now: at(1317327555 - 301) })).toBe(false);
    expect(
      await verifyShopifyAppProxySignature(documented, {
        secret: 'hush',
        now: at(1317327555 + 3600),
        maxAgeSeconds: 3600,
      }),
    ).toBe(true);
  });
});
