const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ku', 'ug']);

/**
 * The writing direction of a locale, so the widget mirrors its layout for right-to-left languages.
 *
 * @example getDirection('he') // 'rtl'
 */
export function getDirection(locale: string): 'ltr' | 'rtl' {
  const base = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return rtlLanguages.has(base) ? 'rtl' : 'ltr';
}
