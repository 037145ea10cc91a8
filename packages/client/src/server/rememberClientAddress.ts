import type { HandlerRequest } from './HandlerRequest.js';

// The socket's peer address, recorded by the node:http adapter. A WeakMap rather than a header, because a header
// could be forged by the client and would need stripping; nothing outside this package can write here.
const addresses = new WeakMap<HandlerRequest, string>();

/**
 * Records the network peer of `request`, for adapters that know it (the node:http listener does this).
 *
 * @example rememberClientAddress(request, socket.remoteAddress)
 */
export function rememberClientAddress(request: HandlerRequest, address: string | undefined): void {
  if (address) addresses.set(request, address);
}

/**
 * The peer address an adapter recorded for `request`, if any.
 *
 * @example getRememberedClientAddress(request) // '203.0.113.7'
 */
export function getRememberedClientAddress(request: HandlerRequest): string | undefined {
  return addresses.get(request);
}
