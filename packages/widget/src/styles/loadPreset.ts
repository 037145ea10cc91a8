import type { Theme } from '@waypost/themes';

const cache = new Map<string, Promise<Theme>>();

/** Imports a module by URL; the comments keep bundlers from trying to resolve it at build time. */
const importUrl = (url: string): Promise<{ default: Theme }> =>
  import(/* webpackIgnore: true */ /* @vite-ignore */ url);

/**
 * Loads a named preset from `themes/<name>.js` next to the script (`minimal`, `bold`, `soft`, `monochrome`),
 * once per URL. Rejects for an unknown name; the caller keeps the current theme.
 *
 * @example const soft = await loadPreset('soft', 'https://cdn.example/waypost/0.1.0/')
 */
export function loadPreset(name: string, baseUrl: string, load = importUrl): Promise<Theme> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return Promise.reject(new Error(`[waypost] not a theme name: ${name}`));
  const url = new URL(`themes/${name}.js`, baseUrl).href;
  let pending = cache.get(url);
  if (!pending) {
    pending = load(url).then((module) => module.default);
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}
