import type { FeatureModule } from './FeatureModule.js';

/**
 * Reaches the feature module in npm builds and tests: a code-split chunk the host's bundler emits, sharing the
 * host build's Preact. The script-tag build swaps this file for `importFeaturesFromUrl.ts` (see the widget's
 * rollup config), which loads `features.js` beside the script instead.
 *
 * @example const { panels } = await importFeatures('https://cdn.example/waypost/0.1.0/')
 */
export function importFeatures(_baseUrl: string): Promise<FeatureModule> {
  return import('./index.js');
}
