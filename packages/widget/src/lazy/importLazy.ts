import type { LazyModules, LazyName } from './LazyModules.js';

/**
 * Reaches a module that loads after the first paint, in npm builds and tests: a code-split chunk the host's
 * bundler emits. The script-tag build swaps this file for `importLazyFromUrl.ts` (see the widget's rollup
 * config), which loads `<name>.js` beside the script instead.
 *
 * @example const { RecordActions } = await importLazy('actions', base)
 */
export function importLazy<N extends LazyName>(name: N, _baseUrl: string): Promise<LazyModules[N]> {
  const chunks: { [K in LazyName]: () => Promise<LazyModules[K]> } = {
    result: () => import('../result/index.js'),
    actions: () => import('../actions/index.js'),
    records: () => import('../records/index.js'),
    orders: () => import('../orders/index.js'),
    features: () => import('../features/index.js'),
  };
  return chunks[name]();
}
