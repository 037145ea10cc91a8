const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];
// One per locale, kept: constructing is the expensive part (see `getNumberFormat`).
const formats = new Map<string, Intl.RelativeTimeFormat>();

/**
 * Words for a distance in time with `Intl.RelativeTimeFormat` ("5 minutes ago", "in 2 hours", "now"), in the
 * largest whole unit. Under a minute reads as "now", unless `seconds` asks for them ("in 2 seconds": a wait the
 * shopper is told to sit out); no date library or locale table is bundled.
 *
 * @example formatRelative(-300_000, 'en') // '5 minutes ago'
 * @example formatRelative(2_000, 'en', true) // 'in 2 seconds'
 */
export function formatRelative(milliseconds: number, locale: string, seconds = false): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formats.set(locale, format);
  }
  if (Math.abs(milliseconds) < 60_000 && !seconds) return format.format(0, 'second');
  for (const [unit, size] of units) {
    if (Math.abs(milliseconds) >= size) return format.format(Math.trunc(milliseconds / size), unit);
  }
  return format.format(0, 'second');
}
