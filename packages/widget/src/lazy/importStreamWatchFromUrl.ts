import { publishRuntime } from '../features/publishRuntime.js';
import { getDefaultAssetsUrl } from '../i18n/assetsUrl.js';
import { liveAssets } from './liveAssets.js';
import { loadOnce } from './loadOnce.js';

const loading = new Map<string, Promise<unknown>>();

/**
 * The script-tag build's stand-in for the client's `loadStreamWatch`: the live-update code (SSE reader, reconnect
 * loop, poller) loads from `live.js` in the page's `assetsUrl` (see `liveAssets`), else beside the script, on the
 * first watch, after the result has painted, instead of riding in `waypost.js`. The file also carries the widget's
 * side of a watch (`createLiveWatch`, see `loadLiveWatchFromUrl`), which runs on the runtime the main bundle
 * publishes first. It is loaded once for every watch that waits for it (separate `import()` calls settle one task
 * apart, and watches that start together must resume together to share one stream); a failed load is forgotten,
 * so the next watch retries.
 *
 * @example const { createStreamWatch, createWatchHub } = await loadStreamWatch()
 */
export function loadStreamWatch(): Promise<unknown> {
  publishRuntime();
  const href = new URL('live.js', liveAssets.url ?? getDefaultAssetsUrl() ?? document.baseURI).href;
  return loadOnce(loading, href, () => import(/* webpackIgnore: true */ /* @vite-ignore */ href));
}
