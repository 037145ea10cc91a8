import { InvalidResponseError } from '../errors/InvalidResponseError.js';
import { createDedupe } from './createDedupe.js';
import type { Send } from './createRequester.js';

/** A validated body with its `ETag` and when the server last confirmed it. */
export interface CacheEntry<T> {
  value: T;
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
) => Promise<CacheEntry<T>>;

const maxEntries = 50;

/**
 * Creates the GET layer: concurrent identical reads share one request; a body confirmed less than `ttl` ms ago
 * is returned at once while it is revalidated in the background (stale-while-revalidate); every revalidation
 * sends the stored `ETag` so an unchanged record costs a `304`. Entries are keyed by path and token, so a
 * token never reads what another token fetched.
 *
 * @example const read = createCachedReader(send, 30_000); const { value } = await read('/orders/o_1', token, parseResource)
 */
export function createCachedReader(send: Send, ttl: number): Read {
  const entries = new Map<string, CacheEntry<unknown>>();
  const dedupe = createDedupe<CacheEntry<unknown>>();

  const revalidate = (
    key: string,
    path: string,
    token: string | undefined,
    parse: (body: unknown, what: string) => unknown,
    options: ReadOptions,
  ) =>
    dedupe(
      key,
      async (signal) => {
        const what = `GET ${path}`;
        const cached = entries.get(key);
        const result = await send({ method: 'GET', path, token, etag: cached?.etag, signal, timeout: options.timeout });
        if (result.status === 304 && !cached) {
          throw new InvalidResponseError(`${what}: 304 without a stored body`, { path: '' });
        }
        const entry =
          result.status === 304 && cached
            ? { ...cached, at: Date.now() }
            : { value: parse(result.body, what), etag: result.etag, at: Date.now() };
        entries.delete(key);
        entries.set(key, entry);
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
        return entry;
      },
      options.signal,
      `GET ${path}`,
    );

  return <T>(
    path: string,
    token: string | undefined,
    parse: (body: unknown, what: string) => T,
    options: ReadOptions = {},
  ) => {
    const key = `${path}\n${token ?? ''}`;
    const cached = entries.get(key);
    if (!options.fresh && cached && Date.now() - cached.at < ttl) {
      revalidate(key, path, token, parse, {}).catch(() => {});
      return Promise.resolve(cached as CacheEntry<T>);
    }
    return revalidate(key, path, token, parse, options) as Promise<CacheEntry<T>>;
  };
}
