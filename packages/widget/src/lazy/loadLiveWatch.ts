import type * as LiveWatchModule from '../state/createLiveWatch.js';
import { loadOnce } from './loadOnce.js';

const loading = new Map<string, Promise<typeof LiveWatchModule>>();

/**
 * Loads the code that keeps a shown record live (`createLiveWatch`) on the first watch, once for every watch that
 * waits for it, so that the widgets that start watching together resume together (and share one stream); a failed
 * load is forgotten, so the next watch retries. In npm builds it is a code-split chunk; the script-tag build swaps
 * this file for `loadLiveWatchFromUrl.ts`, which finds it in `live.js` beside the client's live code.
 *
 * @example const { createLiveWatch } = await loadLiveWatch()
 */
export function loadLiveWatch(): Promise<typeof LiveWatchModule> {
  return loadOnce(loading, '', () => import('../state/createLiveWatch.js'));
}
