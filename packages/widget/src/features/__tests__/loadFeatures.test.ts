import { describe, expect, it, vi } from 'vitest';
import { en } from '../../i18n/en.js';
import type { FeatureModule } from '../FeatureModule.js';
import { importFeatures as importFeaturesFromUrl } from '../importFeaturesFromUrl.js';
import { loadFeatures } from '../loadFeatures.js';
import { RUNTIME_KEY } from '../publishRuntime.js';

const module = (text: string): FeatureModule => ({
  panels: {} as FeatureModule['panels'],
  messages: { 'test.key': text },
});

describe('loadFeatures', () => {
  it('loads once per folder and adds the module’s English to the bundled catalog', async () => {
    const load = vi.fn(async () => module('Hello'));
    const base = 'https://cdn.example/a/';
    const [first, second] = await Promise.all([loadFeatures(base, load), loadFeatures(base, load)]);
    expect(first).toBe(second);
    expect(load).toHaveBeenCalledTimes(1);
    expect((en as Record<string, string>)['test.key']).toBe('Hello');
  });

  it('rejects with a features_unavailable AssetLoadError, then forgets it so that the next attempt loads again', async () => {
    const base = 'https://cdn.example/b/';
    const cause = new TypeError('offline');
    const load = vi.fn().mockRejectedValueOnce(cause).mockResolvedValue(module('Again'));
    await expect(loadFeatures(base, load)).rejects.toMatchObject({
      name: 'AssetLoadError',
      code: 'features_unavailable',
      url: 'https://cdn.example/b/features.js',
      cause,
    });
    await expect(loadFeatures(base, load)).resolves.toEqual(module('Again'));
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('importFeaturesFromUrl', () => {
  it('publishes the runtime, then imports features.js from the given folder', async () => {
    const urls: string[] = [];
    await importFeaturesFromUrl('https://cdn.example/waypost/0.1.0/', async (url) => {
      urls.push(url);
      expect((globalThis as Record<symbol, unknown>)[RUNTIME_KEY]).toBeTruthy();
      return module('x');
    });
    expect(urls).toEqual(['https://cdn.example/waypost/0.1.0/features.js']);
  });
});
