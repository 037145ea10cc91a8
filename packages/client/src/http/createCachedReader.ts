import { InvalidResponseError } from '../errors/InvalidResponseError.js';
import { createDedupe } from './createDedupe.js';
import type { Send } from './createRequester.js';

/** A validated body with its `ETag` and when the server last confirmed it. */
interface CacheEntry {
  value: unknown;
  etag: string | undefined;
  at: number;
}

/** Options of one read. */
export interface ReadOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  /** Skip the answer from memory and ask the server (conditionally). */
  fresh?: boolean;
}

/** Reads a GET path with a token, validating the body with `parse`. */
export type Read = <T>(
  path: string,
  token: string | undefined,
  parse: (body: unknown, what: string) => T,
  options?: ReadOptions,
) => Promise<T>;

const maxEntries = 50;

/**
 * Creates the GET layer: concurrent identical reads share one request; a body confirmed less than `ttl` ms ago
 * is returned at once while it is revalidated in the background (stale-while-revalidate); every revalidation
 * sends the stored `ETag` so an unchanged record costs a `304`. Entries are keyed by path and token, so a
 * token never reads what another token fetched.
 *
 * @example const read = createCachedReader(send, 30_000); const resource = await read('/orders/o_1', token, parseResource)
 */
export function createCachedReader(send: Send, ttl: number): Read {
  const entries = new Map<string, CacheEntry>();
  const dedupe = createDedupe<CacheEntry>();

  const revalidate = (
    key: string,
    path: string,
    token: string | undefined,
    parse: (body: unknown, what: string) => unknown,
    { signal, timeout }: ReadOptions,
  ) => {
    const what = `GET ${path}`;
    return dedupe(
      key,
      async (shared) => {
        const cached = entries.get(key);
        const { status, body, etag } = await send({
          method: 'GET',
          path,
          token,
          etag: cached?.etag,
          signal: shared,
          timeout,
        });
        if (status === 304 && !cached)
          throw new InvalidResponseError(`${what}: 304 without a stored body`, { path: '' });
        const entry = { value: status === 304 ? cached!.value : parse(body, what), etag, at: Date.now() };
        // Re-inserting keeps the map in least-recently-confirmed order, so the oldest entry is dropped first.
        entries.delete(key);
        entries.set(key, entry);
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
        return entry;
      },
      signal,
      what,
    );
  };

  return async (path, token, parse, options = {}) => {
    const key = `${path}\n${token ?? ''}`;
    const cached = entries.get(key);
    if (!options.fresh && cached && Date.now() - cached.at < ttl) {
      revalidate(key, path, token, parse, {}).catch(() => {});
      return cached.value as ReturnType<typeof parse>;
    }
    return (await revalidate(key, path, token, parse, options)).value as ReturnType<typeof parse>;
  };
}
