import { describe, expect, it, vi } from 'vitest';
import { AssetLoadError } from '../../embed/AssetLoadError.js';
import { en } from '../../i18n/en.js';
import { loadLazy } from '../loadLazy.js';

const load = vi.hoisted(() => ({ calls: [] as string[], fail: 0 }));
vi.mock('../importLazy.js', async (original) => {
  const actual = await original<typeof import('../importLazy.js')>();
  return {
    importLazy: (name: Parameters<typeof actual.importLazy>[0], base: string) => {
      load.calls.push(`${name} ${base}`);
      if (load.fail > 0) {
        load.fail -= 1;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
      return actual.importLazy(name, base);
    },
  };
});

describe('loadLazy', () => {
  it('loads a module once per folder for every caller, its English joined to the catalog before it resolves', async () => {
    const base = 'https://cdn.example/a/';
    load.calls = [];
    expect('alerts.submit' in en).toBe(false);
    const [first, second] = await Promise.all([loadLazy('features', base), loadLazy('features', base)]);
    expect(first).toBe(second);
    expect(Object.keys(first.panels)).toEqual(['return', 'alerts', 'issue', 'faq', 'promo']);
    expect((en as Record<string, string>)['alerts.submit']).toBe('Turn on alerts');
    expect(load.calls).toEqual([`features ${base}`]);
    await loadLazy('features', 'https://cdn.example/b/');
    expect(load.calls).toEqual([`features ${base}`, 'features https://cdn.example/b/']);
  });

  it('rejects a failed load with an AssetLoadError and forgets it, so that the next use (as after "Try again") loads again', async () => {
    const base = 'https://cdn.example/offline/';
    load.calls = [];
    load.fail = 1;
    const failure = await loadLazy('records', base).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AssetLoadError);
    expect(failure).toMatchObject({ code: 'features_unavailable', asset: 'features', id: 'records', url: undefined });
    expect((failure as AssetLoadError).cause).toBeInstanceOf(TypeError);
    const records = await loadLazy('records', base);
    expect(typeof records.ReturnView).toBe('function');
    expect((en as Record<string, string>)['return.progress']).toBe('Return progress');
    expect(load.calls).toEqual([`records ${base}`, `records ${base}`]);
  });
});
