import { minimal, PRESETS, soft } from '@waypost/themes';
import { describe, expect, it, vi } from 'vitest';
import { importBundledPreset } from '../importBundledPreset.js';
import { loadPreset } from '../loadPreset.js';

const unused = () => Promise.reject(new Error('not this path'));

describe('loadPreset', () => {
  it('loads the bundled chunk of a preset when there is no base URL (npm)', async () => {
    await expect(loadPreset('soft')).resolves.toBe(soft);
  });

  it('has a chunk for every named preset but the built-in auto, light and dark', async () => {
    const named = Object.keys(PRESETS).filter((name) => !['auto', 'light', 'dark'].includes(name));
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect((await importBundledPreset(name)).default, name).toBe(PRESETS[name as 'soft']);
  });

  it('loads themes/<name>.js next to the base URL, once per URL', async () => {
    const byUrl = vi.fn(async () => ({ default: minimal }));
    const load = { byUrl, bundled: unused };
    const loaded = await Promise.all([
      loadPreset('minimal', 'https://a.example/w/', load),
      loadPreset('minimal', 'https://a.example/w/', load),
    ]);
    expect(loaded).toEqual([minimal, minimal]);
    expect(byUrl).toHaveBeenCalledExactlyOnceWith('https://a.example/w/themes/minimal.js');
  });

  it('rejects with a theme_unavailable AssetLoadError for an unknown name or a file that cannot load', async () => {
    await expect(loadPreset('neon')).rejects.toMatchObject({
      name: 'AssetLoadError',
      code: 'theme_unavailable',
      id: 'neon',
    });
    await expect(loadPreset('Not a name')).rejects.toMatchObject({ code: 'theme_unavailable' });
    await expect(loadPreset('bold', 'http://127.0.0.1:9/missing/')).rejects.toMatchObject({
      code: 'theme_unavailable',
      url: 'http://127.0.0.1:9/missing/themes/bold.js',
    });
  });
});
