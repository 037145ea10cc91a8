import type { createStreamWatch } from './createStreamWatch.js';

/**
 * Loads the stream watch on demand. The widget's script-tag build swaps this file for one that loads `live.js`
 * beside the script.
 *
 * @example const { createStreamWatch } = await loadStreamWatch()
 */
export function loadStreamWatch(): Promise<{ createStreamWatch: typeof createStreamWatch }> {
  return import('./createStreamWatch.js');
}
