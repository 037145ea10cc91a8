import { getZonedParts } from '../../time/getZonedParts.js';
import type { QuietHours } from './QuietHours.js';

const toMinutes = (text: string): number => {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!(minutes >= 0 && minutes < 1440)) throw new RangeError(`[waypost] quiet hours need HH:mm times, not "${text}"`);
  return minutes;
};

/**
 * When a message due at `now` may go out: `now` itself outside quiet hours, else the end of the window.
 *
 * @example getQuietHoursEnd(Date.parse('2026-03-02T23:30:00Z'), { start: '21:00', end: '08:00', timeZone: 'UTC' })
 * // Date.parse('2026-03-03T08:00:00Z')
 */
export function getQuietHoursEnd(now: number, quietHours: QuietHours | undefined): number {
  if (!quietHours) return now;
  const start = toMinutes(quietHours.start);
  const end = toMinutes(quietHours.end);
  if (start === end) return now;
  const parts = getZonedParts(new Date(now), quietHours.timeZone);
  const minute = parts.hour * 60 + parts.minute;
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return now;
  const wait = (end - minute + 1440) % 1440;
  return now + wait * 60_000 - parts.second * 1000 - (now % 1000);
}
