const formats = new Map<string, Intl.NumberFormat>();

/**
 * One `Intl.NumberFormat` per locale and currency, made on first use and kept: constructing one costs far more
 * than formatting with it (the first in a page about 30 ms on a slow phone), so the form never pays for it and a
 * long order formats every amount with the same instance.
 *
 * @throws RangeError for an invalid locale or currency code.
 * @example getNumberFormat('de', 'EUR').format(49.9) // '49,90 €'
 */
export function getNumberFormat(locale: string, currency?: string): Intl.NumberFormat {
  const key = `${locale}|${currency ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, currency ? { style: 'currency', currency } : {});
    formats.set(key, format);
  }
  return format;
}
