import type { TimeValue } from '../model/TimeValue.js';
import { getLocalMillis } from './getLocalMillis.js';
import { getZoneOffset } from './getZoneOffset.js';

const DAY = 86_400_000;

/**
 * Places a time on the global timeline. An instant gives its `Date`; a wall-clock reading with a `zone` gives
 * the moment that clock showed that reading, using the zone's offsets from `Intl.DateTimeFormat`. A floating
 * wall-clock reading (no zone), a date, an unknown zone or malformed text gives `null`.
 *
 * Across DST this resolves like `Temporal`'s `'compatible'` disambiguation: a reading that happened twice (the
 * fall-back hour) is the **earlier** occurrence, still on summer time; a reading that never happened (the
 * spring-forward gap) is moved forward by the gap, read with the offset in force before it.
 *
 * @example toInstant(parseTime('2024-11-03T01:30', { zone: 'America/New_York' })) // 2024-11-03T05:30:00.000Z (EDT)
 * @example toInstant(parseTime('2024-03-10T02:30', { zone: 'America/New_York' })) // 2024-03-10T07:30:00.000Z (03:30 EDT)
 * @example toInstant(parseTime('2014-05-04T14:06:23')) // null: no zone, the moment is unknown
 */
export function toInstant(time: TimeValue): Date | null {
  if (time.kind === 'instant') {
    const date = new Date(time.utc);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  if (time.kind === 'date' || !time.zone) return null;
  const local = getLocalMillis(time.local);
  const zone = time.zone;
  // Offsets a day either side bracket any single transition; the reading matches one, both or neither.
  const before = getZoneOffset(new Date(local - DAY), zone);
  const after = getZoneOffset(new Date(local + DAY), zone);
  if (Number.isNaN(local) || Number.isNaN(before) || Number.isNaN(after)) return null;
  const matches = [before, after]
    .map((offset) => local - offset * 60_000)
    .filter((candidate) => getZoneOffset(new Date(candidate), zone) * 60_000 === local - candidate);
  return new Date(matches.length > 0 ? Math.min(...matches) : local - before * 60_000);
}
