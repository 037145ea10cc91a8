import type { Messages } from './en.js';

/**
 * The npm way to a catalog: one static `import()` per locale, so the host's bundler (Vite, webpack, Turbopack,
 * rollup, esbuild) emits each catalog as a chunk of its own and serves it from wherever it serves the app. The
 * script-tag build swaps this file for `importBundledCatalogUnavailable.ts` (see the widget's rollup config): it
 * loads catalogs by URL instead. Rejects for a tag without a catalog.
 *
 * @example const { default: es } = await importBundledCatalog('es')
 */
export function importBundledCatalog(tag: string): Promise<{ default?: Messages }> {
  switch (tag) {
    case 'ar':
      return import('./locales/ar.js');
    case 'da':
      return import('./locales/da.js');
    case 'de':
      return import('./locales/de.js');
    case 'es':
      return import('./locales/es.js');
    case 'fi':
      return import('./locales/fi.js');
    case 'fr':
      return import('./locales/fr.js');
    case 'he':
      return import('./locales/he.js');
    case 'it':
      return import('./locales/it.js');
    case 'ja':
      return import('./locales/ja.js');
    case 'ko':
      return import('./locales/ko.js');
    case 'nb':
      return import('./locales/nb.js');
    case 'nl':
      return import('./locales/nl.js');
    case 'pl':
      return import('./locales/pl.js');
    case 'pt-BR':
      return import('./locales/pt-BR.js');
    case 'sv':
      return import('./locales/sv.js');
    case 'tr':
      return import('./locales/tr.js');
    case 'zh-CN':
      return import('./locales/zh-CN.js');
    default:
      return Promise.reject(new Error(`[waypost] no "${tag}" catalog`));
  }
}
