import { getRememberedClientAddress } from './rememberClientAddress.js';

/** The key every request shares when the runtime gives no address: rate limits then act globally. */
export const unknownClientAddress = 'unknown';

/**
 * The default `getClientAddress`. Order of trust:
 * - served by `toNodeListener`/`serveNode`: the socket's peer, or, with `trustProxy`, `CF-Connecting-IP` and then
 *   the first `X-Forwarded-For` entry (set by your proxy);
 * - any other runtime: `CF-Connecting-IP` (Cloudflare sets it and strips the client's own), then the first
 *   `X-Forwarded-For` entry with `trustProxy`, else one shared constant.
 *
 * @example const getClientAddress = createClientAddressGetter(true)
 */
export function createClientAddressGetter(trustProxy: boolean): (request: Request) => string {
  return (request) => {
    const peer = getRememberedClientAddress(request);
    if (peer !== undefined && !trustProxy) return peer;
    const cloudflare = request.headers.get('cf-connecting-ip')?.trim();
    if (cloudflare) return cloudflare;
    if (trustProxy) {
      const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    return peer ?? unknownClientAddress;
  };
}
