import type { EtaWindow } from '@waypost/client';
import type { FormatContext } from './FormatContext.js';
import { formatDate } from './formatDate.js';

/**
 * The times of a delivery window (`9:30 PM – 12:30 AM`), or `''` when the window has dates only. A window that
 * carries times keeps them: "today" alone hides what a shopper plans around.
 *
 * @example formatWindowTimes({ start: wall('2024-11-27T21:30'), end: wall('2024-11-28T00:30') }, ctx) // '9:30 PM – 12:30 AM'
 */
export function formatWindowTimes({ start, end }: EtaWindow, ctx: Pick<FormatContext, 'locale' | 'timeZone'>): string {
  if (start.kind === 'date') return '';
  const times = [formatDate(start, ctx, 'time')];
  if (end && end.kind !== 'date') times.push(formatDate(end, ctx, 'time'));
  return times.join(' – ');
}

/**
 * A delivery window in words: `Saturday, December 6, 9:30 PM – 12:30 AM` when it has times, else its dates
 * (`Monday, December 8 – Tuesday, December 9`).
 *
 * @example formatWindow({ start: date('2024-11-27') }, ctx) // 'Wednesday, November 27'
 */
export function formatWindow(window: EtaWindow, ctx: Pick<FormatContext, 'locale' | 'timeZone'>): string {
  const times = formatWindowTimes(window, ctx);
  if (times) return `${formatDate(window.start, ctx, 'weekday')}, ${times}`;
  return [window.start, window.end]
    .filter((time) => time !== undefined)
    .map((time) => formatDate(time, ctx, 'weekday'))
    .join(' – ');
}
