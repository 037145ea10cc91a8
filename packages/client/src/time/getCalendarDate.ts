import type { TimeValue } from '../model/TimeValue.js';
import { getZoneOffset } from './getZoneOffset.js';
import { toInstant } from './toInstant.js';

/**
 * The `YYYY-MM-DD` calendar date a time falls on for a viewer in `timeZone` (default: the runtime's). Dates and
 * floating wall-clock readings keep the date they were written with; instants and zoned readings are
 * converted. Returns `null` when the zone is unknown or the value cannot be read.
 *
 * @internal
 * @example getCalendarDate(new Date('2024-11-27T03:00:00Z'), 'America/New_York') // '2024-11-26'
 */
export function getCalendarDate(time: TimeValue | Date, timeZone?: string): string | null {
  if (!(time instanceof Date)) {
    if (time.kind === 'date') return time.date;
    const instant = toInstant(time);
    if (!instant) return time.kind === 'wall' ? time.local.slice(0, 10) : null;
    return getCalendarDate(instant, timeZone);
  }
  const offset = getZoneOffset(time, timeZone);
  if (Number.isNaN(offset)) return null;
  return new Date(time.getTime() + offset * 60_000).toISOString().slice(0, 10);
}
