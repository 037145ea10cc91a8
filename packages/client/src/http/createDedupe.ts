import { AbortError } from '../errors/AbortError.js';

/** Runs a shared task for every caller of the same key. */
export type Dedupe<T> = (
  key: string,
  run: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal | undefined,
  /** Names the task in errors; the key may hold a token, so it is never shown. */
  what: string,
) => Promise<T>;

/**
 * Shares one in-flight task between concurrent callers of the same key. A caller that aborts stops waiting at
 * once; the task itself is aborted only when every caller has given up.
 *
 * @example const dedupe = createDedupe<Entry>(); await dedupe(url, (signal) => send({ path, signal }), options.signal, `GET ${path}`)
 */
export function createDedupe<T>(): Dedupe<T> {
  const pending = new Map<string, { promise: Promise<T>; controller: AbortController; users: number }>();
  return (key, run, signal, what) => {
    let shared = pending.get(key);
    if (!shared) {
      const controller = new AbortController();
      const created = { promise: run(controller.signal), controller, users: 0 };
      const release = () => pending.get(key) === created && pending.delete(key);
      created.promise.then(release, release);
      pending.set(key, created);
      shared = created;
    }
    const entry = shared;
    entry.users += 1;
    if (!signal) return entry.promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(new AbortError(`${what} was aborted`, { cause: signal.reason }));
        if (--entry.users === 0) {
          // Nobody waits any more: a new caller must not join a request that is being cancelled.
          if (pending.get(key) === entry) pending.delete(key);
          entry.controller.abort(signal.reason);
        }
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}
