import { AssetLoadError } from '../embed/AssetLoadError.js';
import { publishRuntime } from '../features/publishRuntime.js';
import type { LazyModules, LazyName } from './LazyModules.js';

/**
 * The script-tag build's way to a module that loads after the first paint: publishes this copy's runtime, then
 * imports `<name>.js` from `baseUrl` (the script's folder, or `assetsUrl`), which runs on that runtime. A file that
 * does not load rejects with an `AssetLoadError` naming its URL.
 *
 * @example const { ReturnView } = await importLazy('records', 'https://cdn.example/waypost/0.1.0/')
 */
export function importLazy<N extends LazyName>(name: N, baseUrl: string): Promise<LazyModules[N]> {
  publishRuntime();
  const url = new URL(`${name}.js`, baseUrl).href;
  return import(/* webpackIgnore: true */ /* @vite-ignore */ url).catch((cause: unknown) => {
    throw new AssetLoadError('features', name, { url, cause });
  });
}
