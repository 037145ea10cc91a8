import type { LookupResult, WaypostClient } from '@waypost/client';
import { loadOnce } from '../lazy/loadOnce.js';

const cache = new WeakMap<WaypostClient, Map<string, Promise<LookupResult>>>();

/**
 * Looks one token of the order list up, once per client and token while the page lives: going back from an
 * opened order to the list, or a second list on the page with the same client, reads nothing again. A failed
 * lookup is forgotten so that the next showing of the list tries again.
 *
 * @example const result = await lookupOrderLine(client, token)
 */
export function lookupOrderLine(client: WaypostClient, token: string): Promise<LookupResult> {
  const lines = cache.get(client) ?? new Map<string, Promise<LookupResult>>();
  cache.set(client, lines);
  return loadOnce(lines, token, () => client.lookup({ token }));
}
