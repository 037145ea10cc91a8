import { AssetLoadError } from '../embed/AssetLoadError.js';
import { en } from '../i18n/en.js';
import type { FeatureModule } from './FeatureModule.js';
import { importFeatures } from './importFeatures.js';

const cache = new Map<string, Promise<FeatureModule>>();

/**
 * Loads the feature module (action flows, FAQs, promo cards) once per folder, the first time a shopper opens
 * one of them, and adds its English text to `en`. A failed load rejects with an `AssetLoadError`
 * (`features_unavailable`) and is forgotten so that "Try again" loads again.
 *
 * @example const { panels } = await loadFeatures('https://cdn.example/waypost/0.1.0/')
 */
export function loadFeatures(baseUrl: string, load = importFeatures): Promise<FeatureModule> {
  let pending = cache.get(baseUrl);
  if (!pending) {
    // The module's English joins the bundled catalog, so every language falls back to it like to any key.
    pending = load(baseUrl).then(
      (module) => {
        Object.assign(en, module.messages);
        return module;
      },
      (cause: unknown) => {
        cache.delete(baseUrl);
        throw new AssetLoadError('features', 'features', { url: new URL('features.js', baseUrl).href, cause });
      },
    );
    cache.set(baseUrl, pending);
  }
  return pending;
}
