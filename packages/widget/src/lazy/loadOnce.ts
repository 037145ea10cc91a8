/**
 * The promise `load()` gives for `key` in `cache`: made once and shared while it is pending or fulfilled, so every
 * caller waits on the same load and resumes in the same task; a rejected one is forgotten, so the next call tries
 * again.
 *
 * @example return loadOnce(cache, url, () => import(url))
 */
export function loadOnce<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = load();
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}
