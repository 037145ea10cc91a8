import type { LookupResult } from '../model/LookupResult.js';
import type { StopWatching, WatchOptions } from './WaypostClient.js';

/** Starts the one real watch of a key, with listener and options that reach every watcher of it. */
export type StartWatch = (listener: (next: LookupResult) => void, options: WatchOptions) => StopWatching;

/** Joins the shared watch of `key`, starting it for the first watcher; the last one to stop stops it. */
export type WatchHub = (
  key: string,
  start: StartWatch,
  listener: (next: LookupResult) => void,
  options?: WatchOptions,
) => StopWatching;

interface Watcher {
  listener: (next: LookupResult) => void;
  options: WatchOptions | undefined;
}

interface Shared {
  watchers: Set<Watcher>;
  stop?: StopWatching;
  latest?: LookupResult;
  stale: boolean;
}

/**
 * Multiplexes watches: every widget on a page that shows the same record (same kind, id and token) shares one
 * stream (or one poller). A watcher that joins late hears the latest record and the stale state at once. The
 * first watcher's `interval` options apply; `onError` and `onStale` reach every watcher.
 *
 * @example const hub = createWatchHub(); const stop = hub('order/o_1', start, listener)
 */
export function createWatchHub(): WatchHub {
  const shared = new Map<string, Shared>();
  return (key, start, listener, options) => {
    const watcher: Watcher = { listener, options };
    let entry = shared.get(key);
    if (entry) {
      const { latest, stale, watchers } = entry;
      queueMicrotask(() => {
        if (!watchers.has(watcher)) return;
        if (latest) listener(latest);
        if (stale) options?.onStale?.(true);
      });
      watchers.add(watcher);
    } else {
      const created: Shared = { watchers: new Set([watcher]), stale: false };
      const each = (call: (each: Watcher) => void) => {
        for (const each of [...created.watchers]) call(each);
      };
      shared.set(key, created);
      try {
        created.stop = start(
          (next) => {
            created.latest = next;
            each((each) => each.listener(next));
          },
          {
            ...options,
            onError: (error) => each((each) => each.options?.onError?.(error)),
            onStale: (stale) => {
              created.stale = stale;
              each((each) => each.options?.onStale?.(stale));
            },
          },
        );
      } catch (error) {
        // A watch that cannot start leaves no entry behind: the next watcher of the key starts one of its own.
        shared.delete(key);
        throw error;
      }
      entry = created;
    }
    const joined = entry;
    return () => {
      if (!joined.watchers.delete(watcher) || joined.watchers.size > 0) return;
      if (shared.get(key) === joined) shared.delete(key);
      joined.stop?.();
    };
  };
}
