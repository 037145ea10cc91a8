import { SUPPORTED_LOCALES } from './SUPPORTED_LOCALES.js';

/** Where the widget looks for a language, most specific first. */
export interface ResolveLocaleOptions {
  /** The `locale` option or attribute. */
  requested?: string | null | undefined;
  /** The host page's `<html lang>`. */
  documentLang?: string | null | undefined;
  /** `navigator.languages`. */
  preferred?: readonly string[] | undefined;
  /** @default SUPPORTED_LOCALES */
  supported?: readonly string[];
}

/** The supported tag for `candidate`: the exact tag, then its base language, then a regional variant of it. */
function match(candidate: string, supported: readonly string[]): string | undefined {
  const wanted = candidate.trim().replace(/_/g, '-').toLowerCase();
  if (wanted === '') return undefined;
  const base = wanted.split('-')[0];
  return (
    supported.find((tag) => tag.toLowerCase() === wanted) ??
    supported.find((tag) => tag.toLowerCase() === base) ??
    supported.find((tag) => tag.toLowerCase().split('-')[0] === base)
  );
}

/**
 * Picks the widget's locale: option/attribute → host `<html lang>` → `navigator.languages` (each by exact tag,
 * then base language) → `en`.
 *
 * @example resolveLocale({ documentLang: 'fr-CA', preferred: ['de-DE'] }) // 'fr'
 */
export function resolveLocale(options: ResolveLocaleOptions): string {
  const supported = options.supported ?? SUPPORTED_LOCALES;
  const candidates = [options.requested, options.documentLang, ...(options.preferred ?? [])];
  for (const candidate of candidates) {
    const found = candidate ? match(candidate, supported) : undefined;
    if (found) return found;
  }
  return 'en';
}
