type StreamWatchModule = typeof import('./streamWatchModule.js');

let loading: Promise<StreamWatchModule> | undefined;

/**
 * Loads the stream watch on demand, once for every watch that waits for it, so that watches started together
 * resume together (separate `import()` calls settle one task apart). A failed load is forgotten: the next watch
 * tries again. The widget's script-tag build swaps this file for one that loads `live.js` beside the script.
 *
 * @example const { createStreamWatch, createWatchHub } = await loadStreamWatch()
 */
export function loadStreamWatch(): Promise<StreamWatchModule> {
  loading ??= import('./streamWatchModule.js');
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
