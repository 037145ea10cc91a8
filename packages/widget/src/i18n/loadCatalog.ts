import type { Messages } from './en.js';

const cache = new Map<string, Promise<Messages>>();

/** Imports a module by URL; the comments keep bundlers from trying to resolve it at build time. */
const importUrl = (url: string): Promise<{ default?: Messages }> =>
  import(/* webpackIgnore: true */ /* @vite-ignore */ url);

/**
 * Loads `locales/<tag>.js` (an ES module with `export default { … }`) from `baseUrl`, once per URL. English is
 * bundled and never loaded. A failed load resolves to an empty catalog so the widget falls back to English.
 *
 * @example await loadCatalog('es', 'https://cdn.example/waypost/0.1.0/')
 */
export function loadCatalog(tag: string, baseUrl: string, load = importUrl): Promise<Messages> {
  if (tag === 'en') return Promise.resolve({});
  const url = new URL(`locales/${tag}.js`, baseUrl).href;
  let pending = cache.get(url);
  if (!pending) {
    pending = load(url).then(
      (module) => module.default ?? {},
      (error: unknown) => {
        cache.delete(url);
        console.warn(`[waypost] could not load the "${tag}" catalog from ${url}; showing English`, error);
        return {};
      },
    );
    cache.set(url, pending);
  }
  return pending;
}
