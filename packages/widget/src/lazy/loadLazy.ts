import { addStyles } from '../styles/addStyles.js';
import { importLazy } from './importLazy.js';
import type { LazyModules, LazyName } from './LazyModules.js';
import { loadedLazy } from './loadedLazy.js';

const cache = new Map<string, Promise<unknown>>();

/**
 * Loads a module that comes after the first paint once per folder and name, shared by every instance on the
 * page; its stylesheet joins every widget's styles before the promise settles. A failed load is forgotten so that
 * the next use tries again.
 *
 * @example const { ReturnView } = await loadLazy('records', 'https://cdn.example/waypost/0.1.0/')
 */
export function loadLazy<N extends LazyName>(name: N, baseUrl: string): Promise<LazyModules[N]> {
  const key = `${name} ${baseUrl}`;
  let pending = cache.get(key) as Promise<LazyModules[N]> | undefined;
  if (!pending) {
    pending = importLazy(name, baseUrl).then((module) => {
      const css = (module as { css?: unknown }).css;
      if (typeof css === 'string') addStyles(css);
      loadedLazy.set(key, module);
      return module;
    });
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}
