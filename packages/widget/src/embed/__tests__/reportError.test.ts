import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountForTest } from '../../__tests__/mountForTest.js';
import type { ErrorDetail } from '../../types/WidgetEvents.js';

// Real loads: a folder nothing answers on (loaded by URL, as the script tag or `assetsUrl` does), and a bundled
// chunk that does not exist. Each failure must reach the host once as `waypost:error` and once in the console.
const nowhere = 'http://127.0.0.1:9/waypost/';

function listen(host: HTMLElement) {
  const errors: ErrorDetail[] = [];
  host.addEventListener('waypost:error', (event) => errors.push((event as CustomEvent<ErrorDetail>).detail));
  return errors;
}

describe('reportError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('reports a catalog that cannot load as locale_unavailable with one [waypost] line, and stays in English', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { host, root } = mountForTest({ endpoint: 'https://api.example/w', locale: 'fr', assetsUrl: nowhere });
    const errors = listen(host);
    await vi.waitFor(() => expect(errors).toHaveLength(1), { timeout: 5000 });
    expect(errors[0]).toMatchObject({ code: 'locale_unavailable' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toBe(
      `[waypost] could not load the "fr" catalog from ${nowhere}locales/fr.js`,
    );
    expect(root.textContent).toContain('Track your order');
  });

  it('reports a preset that cannot load as theme_unavailable with one [waypost] line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { host } = mountForTest({ endpoint: 'https://api.example/w', theme: 'glitter' });
    const errors = listen(host);
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({
      code: 'theme_unavailable',
      message: '[waypost] could not load the "glitter" theme',
    });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('reports a loadMessages callback that rejects as locale_unavailable', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { host } = mountForTest({
      endpoint: 'https://api.example/w',
      locale: 'de',
      loadMessages: () => Promise.reject(new Error('404')),
    });
    const errors = listen(host);
    await vi.waitFor(() => expect(errors.map((error) => error.code)).toEqual(['locale_unavailable']));
  });
});
