import type { TimeValue } from '../model/TimeValue.js';
import { getLocalMillis } from './getLocalMillis.js';
import { toInstant } from './toInstant.js';

/**
 * A number to order times by: instants and zoned wall-clock readings by their place on the timeline; floating
 * wall-clock readings and dates by their text read as UTC (there is nothing better to compare them on).
 * Missing or unplaceable times are `-Infinity`, so they sort first.
 *
 * @internal
 * @example getTimeKey(parseTime('1970-01-01T00:00:01Z')) // 1000
 */
export function getTimeKey(time: TimeValue | null | undefined): number {
  if (!time) return Number.NEGATIVE_INFINITY;
  const key =
    time.kind === 'instant'
      ? Date.parse(time.utc)
      : (toInstant(time)?.getTime() ?? getLocalMillis(time.kind === 'date' ? time.date : time.local));
  return Number.isNaN(key) ? Number.NEGATIVE_INFINITY : key;
}
