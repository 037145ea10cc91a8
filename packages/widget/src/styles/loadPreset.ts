import type { Theme } from '@waypost/themes';
import { AssetLoadError } from '../embed/AssetLoadError.js';
import { loadOnce } from '../lazy/loadOnce.js';
import { importBundledPreset } from './importBundledPreset.js';
import { importPresetByUrl } from './importPresetByUrl.js';

const cache = new Map<string, Promise<Theme>>();

/** How presets are reached; tests pass their own. */
export interface PresetImporters {
  byUrl: (url: string) => Promise<{ default: Theme }>;
  bundled: (name: string) => Promise<{ default: Theme }>;
}

const importers: PresetImporters = { byUrl: importPresetByUrl, bundled: importBundledPreset };

/**
 * Loads a named preset (`minimal`, `bold`, `soft`, `monochrome`) once: from `themes/<name>.js` under `baseUrl`
 * when there is one (the script tag's folder, or `assetsUrl`), otherwise as a chunk of the host's bundle (npm).
 * Rejects with an `AssetLoadError` (`theme_unavailable`) and forgets the failure; the caller keeps its theme.
 *
 * @example const soft = await loadPreset('soft') // npm: the chunk the app's bundler emitted
 * @example const soft = await loadPreset('soft', 'https://cdn.example/waypost/0.1.0/')
 */
export function loadPreset(name: string, baseUrl?: string, load: PresetImporters = importers): Promise<Theme> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return Promise.reject(new AssetLoadError('theme', name));
  const url = baseUrl ? new URL(`themes/${name}.js`, baseUrl).href : undefined;
  return loadOnce(cache, url ?? `bundled:${name}`, () =>
    (url ? load.byUrl(url) : load.bundled(name)).then(
      (module) => module.default,
      (cause: unknown) => {
        throw new AssetLoadError('theme', name, { url, cause });
      },
    ),
  );
}
