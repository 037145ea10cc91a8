import type { WaypostClient } from '@waypost/client';

const clients = new Map<string, WaypostClient>();

/**
 * One client per endpoint and locale for every widget on the page, so widgets showing the same order share one
 * lookup, one capabilities answer and one live stream (the client dedupes and multiplexes them).
 *
 * @example const client = getSharedClient(`${endpoint}\n${locale}`, () => createClient({ endpoint, locale }))
 */
export function getSharedClient(key: string, create: () => WaypostClient): WaypostClient {
  let client = clients.get(key);
  if (!client) {
    client = create();
    clients.set(key, client);
  }
  return client;
}
