import type { Messages } from './en.js';

/**
 * Imports `locales/<tag>.js` from a folder by URL (the script tag's own folder, or `assetsUrl`). The comments keep
 * bundlers from resolving the URL at build time.
 *
 * @example await importCatalogByUrl('https://cdn.example/waypost/0.1.0/locales/es.js')
 */
export function importCatalogByUrl(url: string): Promise<{ default?: Messages }> {
  return import(/* webpackIgnore: true */ /* @vite-ignore */ url);
}
