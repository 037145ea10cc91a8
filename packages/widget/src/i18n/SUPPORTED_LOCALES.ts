/**
 * Locale tags with a catalog: `en` is bundled, the others load on demand from `locales/<tag>.js` next to the
 * script. Add a tag here when its catalog file lands in `src/i18n/locales/`.
 */
export const SUPPORTED_LOCALES = [
  'en',
  'es',
  'fr',
  'de',
  'it',
  'pt-BR',
  'nl',
  'pl',
  'sv',
  'ja',
  'zh-CN',
  'ar',
  'he',
  'da',
  'nb',
  'fi',
  'ko',
  'tr',
] as const;

/** A locale with a catalog. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
