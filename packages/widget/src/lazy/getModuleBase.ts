import { getDefaultAssetsUrl } from '../i18n/assetsUrl.js';

/**
 * The absolute folder the modules that load after the first paint come from: the instance's `assetsUrl`, else the
 * script tag's own folder, else the page's. One way to compute it, since the folder is part of each loaded
 * module's cache key (`loadLazy`, `loadedLazy`).
 *
 * @example const base = getModuleBase(store.options.peek().assetsUrl, document.baseURI)
 */
export function getModuleBase(assetsUrl: string | undefined, baseUri: string): string {
  return new URL(assetsUrl ?? getDefaultAssetsUrl() ?? './', baseUri).href;
}
