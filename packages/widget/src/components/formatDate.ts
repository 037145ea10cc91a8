import { formatTime, type TimeValue } from '@waypost/client';
import type { FormatContext } from './FormatContext.js';

/**
 * Formats a model time, or a `YYYY-MM-DD` calendar date, for the viewer with `formatTime` (wall-clock readings
 * stay as written, instants convert to `timeZone`). Falls back to the raw text if `Intl` refuses the options.
 *
 * @example formatDate('2024-11-27', ctx, 'weekday') // 'Wednesday, November 27'
 */
export function formatDate(
  time: TimeValue | string,
  { locale, timeZone }: Pick<FormatContext, 'locale' | 'timeZone'>,
  style: 'date' | 'datetime' | 'time' | 'weekday' = 'date',
): string {
  const value: TimeValue = typeof time === 'string' ? { kind: 'date', date: time, raw: time } : time;
  try {
    return formatTime(value, { locale, style, ...(timeZone ? { timeZone } : {}) });
  } catch {
    return value.raw;
  }
}
