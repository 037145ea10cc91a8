import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../loadCatalog.js';

describe('loadCatalog', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('never loads English, which is bundled', async () => {
    await expect(loadCatalog('en', 'https://cdn.example/')).resolves.toEqual({});
  });

  it('loads locales/<tag>.js next to the base URL and reads its default export', async () => {
    const load = vi.fn(async () => ({ default: { 'form.title': 'Sigue tu pedido' } }));
    const catalog = await loadCatalog('es', 'https://cdn.example/waypost/0.1.0/', load);
    expect(catalog['form.title']).toBe('Sigue tu pedido');
    expect(load).toHaveBeenCalledWith('https://cdn.example/waypost/0.1.0/locales/es.js');
  });

  it('loads each URL once', async () => {
    const load = vi.fn(async () => ({ default: {} }));
    await Promise.all([loadCatalog('de', 'https://a.example/', load), loadCatalog('de', 'https://a.example/', load)]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('resolves to an empty catalog with a [waypost] warning when the file cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(loadCatalog('fr', 'http://127.0.0.1:9/missing/')).resolves.toEqual({});
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[waypost\] could not load the "fr" catalog/);
  });
});
