import { AbortError } from '../errors/AbortError.js';

interface Pending<T> {
  promise: Promise<T>;
  controller: AbortController;
  users: number;
}

/** Runs a shared task for every caller of the same key. */
export type Dedupe<T> = (
  key: string,
  run: (signal: AbortSignal) => Promise<T>,
  signal?: AbortSignal,
  /** Names the task in errors; the key may hold a token, so it is never shown. */
  what?: string,
) => Promise<T>;

/**
 * Shares one in-flight task between concurrent callers of the same key. A caller that aborts stops waiting at
 * once; the task itself is aborted only when every caller has given up.
 *
 * @example const dedupe = createDedupe<Entry>(); await dedupe(url, (signal) => send({ path, signal }), options.signal)
 */
export function createDedupe<T>(): Dedupe<T> {
  const pending = new Map<string, Pending<T>>();
  const release = (key: string, entry: Pending<T>) => {
    if (pending.get(key) === entry) pending.delete(key);
  };
  return (key, run, signal, what = 'request') => {
    let entry = pending.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Pending<T> = { promise: run(controller.signal), controller, users: 0 };
      created.promise.then(
        () => release(key, created),
        () => release(key, created),
      );
      pending.set(key, created);
      entry = created;
    }
    const shared = entry;
    shared.users += 1;
    if (!signal) return shared.promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(new AbortError(`${what} was aborted`, { cause: signal.reason }));
        shared.users -= 1;
        if (shared.users === 0) {
          // Nobody waits any more: a new caller must not join a request that is being cancelled.
          release(key, shared);
          shared.controller.abort(signal.reason);
        }
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}
