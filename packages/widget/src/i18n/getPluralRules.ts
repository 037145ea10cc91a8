const rules = new Map<string, Intl.PluralRules>();

/**
 * One `Intl.PluralRules` per locale, made on first use and kept (see `getNumberFormat`).
 *
 * @example getPluralRules('en').select(1) // 'one'
 */
export function getPluralRules(locale: string): Intl.PluralRules {
  let found = rules.get(locale);
  if (!found) {
    found = new Intl.PluralRules(locale);
    rules.set(locale, found);
  }
  return found;
}
