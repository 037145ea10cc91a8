import { AssetLoadError } from '../embed/AssetLoadError.js';
import { loadOnce } from '../lazy/loadOnce.js';
import type { Messages } from './en.js';
import { importBundledCatalog } from './importBundledCatalog.js';
import { importCatalogByUrl } from './importCatalogByUrl.js';
import { NO_CATALOG } from './NO_CATALOG.js';

const cache = new Map<string, Promise<Messages>>();

/** How catalogs are reached; tests pass their own. */
export interface CatalogImporters {
  byUrl: (url: string) => Promise<{ default?: Messages }>;
  bundled: (tag: string) => Promise<{ default?: Messages }>;
}

const importers: CatalogImporters = { byUrl: importCatalogByUrl, bundled: importBundledCatalog };

/**
 * Loads the catalog of `tag` once: from `locales/<tag>.js` under `baseUrl` when there is one (the script tag's
 * folder, or `assetsUrl`), otherwise as a chunk of the host's bundle (npm). English is bundled and never loaded:
 * its catalog is `NO_CATALOG`, the one object every path that shows English uses.
 * Rejects with an `AssetLoadError` (`locale_unavailable`) and forgets the failure, so a later call tries again.
 *
 * @example await loadCatalog('es') // npm: the chunk the app's bundler emitted
 * @example await loadCatalog('es', 'https://cdn.example/waypost/0.1.0/')
 */
export function loadCatalog(tag: string, baseUrl?: string, load: CatalogImporters = importers): Promise<Messages> {
  if (tag === 'en') return Promise.resolve(NO_CATALOG);
  const url = baseUrl ? new URL(`locales/${tag}.js`, baseUrl).href : undefined;
  return loadOnce(cache, url ?? `bundled:${tag}`, () =>
    (url ? load.byUrl(url) : load.bundled(tag)).then(
      (module) => module.default ?? {},
      (cause: unknown) => {
        throw new AssetLoadError('locale', tag, { url, cause });
      },
    ),
  );
}
