import { describe, expect, it, vi } from 'vitest';
import { isAssetLoadError } from '../../embed/AssetLoadError.js';
import { loadCatalog } from '../loadCatalog.js';
import es from '../locales/es.js';
import { NO_CATALOG } from '../NO_CATALOG.js';

const unused = () => Promise.reject(new Error('not this path'));

describe('loadCatalog', () => {
  it('never loads English, which is bundled: its catalog is the one every path that shows English uses', async () => {
    await expect(loadCatalog('en', 'https://cdn.example/', { byUrl: unused, bundled: unused })).resolves.toBe(
      NO_CATALOG,
    );
  });

  it('loads the bundled chunk of a catalog when there is no base URL (npm)', async () => {
    const catalog = await loadCatalog('es');
    expect(catalog['form.title']).toBe(es['form.title']);
  });

  it('loads locales/<tag>.js next to the base URL and reads its default export', async () => {
    const byUrl = vi.fn(async () => ({ default: { 'form.title': 'Sigue tu pedido' } }));
    const catalog = await loadCatalog('es', 'https://cdn.example/waypost/0.1.0/', { byUrl, bundled: unused });
    expect(catalog['form.title']).toBe('Sigue tu pedido');
    expect(byUrl).toHaveBeenCalledWith('https://cdn.example/waypost/0.1.0/locales/es.js');
  });

  it('loads each URL once', async () => {
    const byUrl = vi.fn(async () => ({ default: {} }));
    const load = { byUrl, bundled: unused };
    await Promise.all([loadCatalog('de', 'https://a.example/', load), loadCatalog('de', 'https://a.example/', load)]);
    expect(byUrl).toHaveBeenCalledTimes(1);
  });

  it('rejects with a locale_unavailable AssetLoadError naming the URL when the file cannot load', async () => {
    const error = await loadCatalog('fr', 'http://127.0.0.1:9/missing/').catch((reason: unknown) => reason);
    expect(isAssetLoadError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'locale_unavailable',
      id: 'fr',
      url: 'http://127.0.0.1:9/missing/locales/fr.js',
    });
    expect((error as Error).message).toMatch(/^\[waypost\] could not load the "fr" catalog from http/);
  });

  it('rejects for a tag that has no bundled catalog, and tries again on the next call', async () => {
    await expect(loadCatalog('xx')).rejects.toMatchObject({ name: 'AssetLoadError', code: 'locale_unavailable' });
    const bundled = vi.fn(async () => ({ default: { 'form.title': 'x' } }));
    await expect(loadCatalog('xx', undefined, { byUrl: unused, bundled })).resolves.toEqual({ 'form.title': 'x' });
  });
});
