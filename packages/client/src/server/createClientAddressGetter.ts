import { getForwardedFor } from './getForwardedFor.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { getRememberedClientAddress } from './rememberClientAddress.js';

/**
 * The key every request shares when the runtime gives no address, or gives something that is not an IP address:
 * rate limits and the stream cap then act on all such requests together.
 */
export const unknownClientAddress = 'unknown';

// Once per process: every handler of a test suite or a dev server would otherwise repeat it.
let warned = false;

/**
 * The default `getClientAddress`: exactly one source of truth, never a fallback chain a client could steer.
 * - With `header` (the one your platform or proxy sets and overwrites, such as `cf-connecting-ip`): that header
 *   only. For `x-forwarded-for` the last entry is used, the one your own proxy appended; earlier entries are
 *   whatever the client sent. For RFC 7239 `forwarded`, likewise the `for=` of the last element, unquoted.
 * - Without it: the socket's peer when `toNodeListener`/`serveNode` recorded one, else one constant shared by
 *   every client (and a single warning), since no header can be trusted on a platform nobody named.
 *
 * @example const getClientAddress = createClientAddressGetter('cf-connecting-ip')
 */
export function createClientAddressGetter(header?: string): (request: HandlerRequest) => string {
  const name = header?.trim().toLowerCase();
  if (name === '') throw new TypeError('[waypost] clientAddressHeader must name a header');
  return (request) => {
    if (name !== undefined) {
      const value = request.headers.get(name);
      const entry =
        name === 'x-forwarded-for' ? value?.split(',').at(-1) : name === 'forwarded' ? getForwardedFor(value) : value;
      return entry?.trim() || unknownClientAddress;
    }
    const peer = getRememberedClientAddress(request);
    if (peer !== undefined) return peer;
    if (!warned) {
      warned = true;
      console.warn(
        '[waypost] no client address: every client shares one rate-limit budget. Set `clientAddressHeader` to the ' +
          'header your platform sets, or pass `getClientAddress`.',
      );
    }
    return unknownClientAddress;
  };
}
