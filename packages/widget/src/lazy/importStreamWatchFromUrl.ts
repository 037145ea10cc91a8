import { getDefaultAssetsUrl } from '../i18n/assetsUrl.js';

/**
 * The script-tag build's stand-in for the client's `loadStreamWatch`: the live-update code (SSE reader, reconnect
 * loop, poller) loads from `live.js` beside the script on the first watch, after the result has painted, instead
 * of riding in `waypost.js`. The file carries only client code, so it needs no runtime from the main bundle.
 *
 * @example const { createStreamWatch } = await loadStreamWatch()
 */
export function loadStreamWatch(): Promise<unknown> {
  const base = getDefaultAssetsUrl() ?? document.baseURI;
  return import(/* webpackIgnore: true */ /* @vite-ignore */ new URL('live.js', base).href);
}
