import type { TimeValue } from '../model/TimeValue.js';
import { getLocalMillis } from './getLocalMillis.js';
import { toInstant } from './toInstant.js';

/** What part of a time to show. */
export type FormatTimeStyle = 'date' | 'datetime' | 'time' | 'weekday';

/** How to show a time to a viewer. */
export interface FormatTimeOptions {
  /**
   * BCP 47 locale of the text (`en-US`, `de`, `ja-JP`).
   * @example { locale: 'fr-FR' }
   */
  locale: string;
  /**
   * IANA zone of the viewer; instants and zoned wall-clock readings are converted to it. Floating wall-clock
   * readings and dates are never converted.
   * @default the runtime's time zone
   * @example { locale: 'en-US', timeZone: 'America/Chicago' }
   */
  timeZone?: string;
  /**
   * `date` (`Nov 27, 2024`), `datetime` (`Nov 27, 2024, 9:05 AM`), `time` (`9:05 AM`) or `weekday`
   * (`Wednesday, November 27`), in the locale's own order and words. A date has no time of day, so `datetime`
   * and `time` show it as `date`.
   * @default 'datetime'
   * @example { locale: 'en-US', style: 'weekday' }
   */
  style?: FormatTimeStyle;
}

const styles: Record<FormatTimeStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  datetime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
  weekday: { weekday: 'long', month: 'long', day: 'numeric' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(locale: string, timeZone: string | undefined, style: FormatTimeStyle): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...styles[style], timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats a time for a viewer with `Intl.DateTimeFormat`. A floating wall-clock reading shows exactly as the
 * carrier wrote it in every viewer time zone; instants and zoned wall-clock readings are converted to
 * `timeZone`; a date is never shifted. A value that cannot be read falls back to its raw string.
 *
 * @throws RangeError when `locale` or `timeZone` is not valid.
 * @example formatTime(parseTime('2014-05-04T14:06:23'), { locale: 'en-US' }) // 'May 4, 2014, 2:06 PM' in any zone
 * @example formatTime(parseTime('2024-11-27T14:05:00Z'), { locale: 'en-US', timeZone: 'America/New_York' }) // 'Nov 27, 2024, 9:05 AM'
 */
export function formatTime(time: TimeValue, options: FormatTimeOptions): string {
  const requested = options.style ?? 'datetime';
  if (time.kind === 'date') {
    // Midnight UTC shown in UTC is the written date in every zone.
    const style = requested === 'weekday' ? requested : 'date';
    return format(getLocalMillis(time.date), getFormatter(options.locale, 'UTC', style), time.raw);
  }
  const instant = toInstant(time);
  if (instant) return format(instant.getTime(), getFormatter(options.locale, options.timeZone, requested), time.raw);
  // A floating reading (or one whose zone is unknown): show its own clock by formatting it as UTC.
  const local = time.kind === 'wall' ? getLocalMillis(time.local) : Number.NaN;
  return format(local, getFormatter(options.locale, 'UTC', requested), time.raw);
}

function format(millis: number, formatter: Intl.DateTimeFormat, fallback: string): string {
  return Number.isNaN(millis) ? fallback : formatter.format(millis);
}
