/** Streams a client holds at most when the connection to its endpoint is HTTP/2 or HTTP/3. */
const multiplexedLimit = 32;
/** Streams a client holds at most over HTTP/1.1, or when the runtime cannot tell: two of a host's six stay free. */
const defaultLimit = 4;

/**
 * How many event streams a client may hold open: `maxStreams` when the caller set it. Otherwise 32 when the
 * runtime's Resource Timing shows the endpoint's origin answering over HTTP/2 or HTTP/3 (one connection carries
 * every request, so streams cost no connection of their own), and 4 over HTTP/1.1 or when it cannot tell (a
 * cross-origin endpoint reports no protocol without `Timing-Allow-Origin`): a browser opens at most six HTTP/1.1
 * connections per host, and a stream keeps one for as long as it is open.
 *
 * @example getStreamLimit(undefined, 'https://shop.example/apps/waypost') // 32 once a lookup went over h2
 */
export function getStreamLimit(maxStreams: number | undefined, base: string): number {
  if (maxStreams !== undefined) return maxStreams;
  const origin = `${new URL(base).origin}/`;
  const entries = (globalThis.performance?.getEntriesByType?.('resource') ?? []) as {
    name: string;
    nextHopProtocol?: string;
  }[];
  const multiplexed = entries.some(
    (entry) => entry.name.startsWith(origin) && /^h[23]/.test(entry.nextHopProtocol ?? ''),
  );
  return multiplexed ? multiplexedLimit : defaultLimit;
}
