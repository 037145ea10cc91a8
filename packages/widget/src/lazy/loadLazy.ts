import { toAssetError } from '../embed/toAssetError.js';
import { en, type Messages } from '../i18n/en.js';
import { addStyles } from '../styles/addStyles.js';
import { importLazy } from './importLazy.js';
import type { LazyModules, LazyName } from './LazyModules.js';
import { loadedLazy } from './loadedLazy.js';
import { loadOnce } from './loadOnce.js';

const cache = new Map<string, Promise<unknown>>();

/**
 * Loads a module that comes after the first paint once per folder and name, shared by every instance on the
 * page; its English text joins `en` and its stylesheet every widget's styles before the promise settles. A failed
 * load rejects with an `AssetLoadError` (`features_unavailable`, naming the URL in the script-tag build) and is
 * forgotten, so that the next use tries again.
 *
 * @example const { ReturnView } = await loadLazy('records', 'https://cdn.example/waypost/0.1.0/')
 */
export function loadLazy<N extends LazyName>(name: N, baseUrl: string): Promise<LazyModules[N]> {
  const key = `${name} ${baseUrl}`;
  return loadOnce(cache, key, () =>
    importLazy(name, baseUrl).then(
      (module) => {
        const { css, messages } = module as { css?: unknown; messages?: Messages };
        // English joins the bundled catalog, so every language falls back to it like to any key.
        if (messages) Object.assign(en, messages);
        if (typeof css === 'string') addStyles(css);
        loadedLazy.set(key, module);
        return module;
      },
      (error: unknown) => {
        throw toAssetError('features', name, error);
      },
    ),
  ) as Promise<LazyModules[N]>;
}
