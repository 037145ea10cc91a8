import type { HandlerContext } from './HandlerContext.js';
import { ProblemError } from './ProblemError.js';

/**
 * Reserves one of `address`'s stream slots (`maxStreamsPerClient`) at once, before any await, so requests opened in
 * the same tick all see each other; returns the function that frees it (once, however often it is called). A 429
 * when the address holds them all. Requests without a usable address share the key `unknown` and so share one
 * client's slots: a proxy that hides the address, or a client that can leave it out, cannot open streams without
 * bound.
 *
 * @example const leave = reserveStream(context, getAddressKey(context.getClientAddress(request)))
 */
export function reserveStream(context: HandlerContext, address: string): () => void {
  const { openStreams } = context;
  const open = openStreams.get(address) ?? 0;
  if (open >= context.maxStreamsPerClient) {
    throw new ProblemError(429, 'rate_limited', 'Too many open streams from this address', { retryAfter: 30 });
  }
  openStreams.set(address, open + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (openStreams.get(address) ?? 1) - 1;
    if (left > 0) openStreams.set(address, left);
    else openStreams.delete(address);
  };
}
