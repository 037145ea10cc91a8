import { getZonedParts } from './getZonedParts.js';

/**
 * The offset of `zone` from UTC at `date`, in minutes east of UTC (`-240` for New York in summer). Without a
 * zone, the runtime's own. Returns `NaN` for an unknown zone or an invalid date, so callers can fall back.
 *
 * @internal
 * @example getZoneOffset(new Date('2024-07-01T12:00:00Z'), 'America/New_York') // -240
 */
export function getZoneOffset(date: Date, zone?: string): number {
  if (Number.isNaN(date.getTime())) return Number.NaN;
  if (zone === undefined) return -date.getTimezoneOffset();
  try {
    return getZonedParts(date, zone).offset;
  } catch {
    return Number.NaN;
  }
}
