import type { FeatureModule } from './FeatureModule.js';
import { publishRuntime } from './publishRuntime.js';

/** Imports a module by URL; the comments keep bundlers from trying to resolve it at build time. */
const importUrl = (url: string): Promise<FeatureModule> => import(/* webpackIgnore: true */ /* @vite-ignore */ url);

/**
 * The script-tag build's way to the feature module: publishes this copy's runtime (Preact, hooks, helpers) under
 * its version, then imports `features.js` from `baseUrl` (the script's folder, or `assetsUrl`), which runs on
 * that runtime instead of carrying its own Preact.
 *
 * @example const { panels } = await importFeatures('https://cdn.example/waypost/0.1.0/')
 */
export function importFeatures(baseUrl: string, load = importUrl): Promise<FeatureModule> {
  publishRuntime();
  return load(new URL('features.js', baseUrl).href);
}
