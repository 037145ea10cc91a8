import type { TimeValue } from '../../model/TimeValue.js';
import { parseTime } from '../../time/parseTime.js';
import type { PathReader } from '../shared/readPath.js';

/**
 * Reads a 17TRACK time: `time_iso` first (it keeps the scan's own offset, so the timeline shows local time),
 * then `time_utc`, then the carrier's `time_raw` pieces, which have no zone and stay a wall-clock reading.
 *
 * @example get17TrackTime(readPath({ time_iso: '2022-06-01T10:20:00+08:00' }, '17TRACK')) // an instant, offset 480
 */
export function get17TrackTime(node: PathReader): TimeValue | null {
  const iso = parseTime(node.at('time_iso').optionalString());
  if (iso) return iso;
  const utc = parseTime(node.at('time_utc').optionalString());
  if (utc) return utc;
  const raw = node.at('time_raw');
  const date = raw.at('date').optionalString();
  if (!date) return null;
  const time = raw.at('time').optionalString();
  const zone = raw.at('timezone').optionalString() ?? '';
  return parseTime(time ? `${date}T${time}${zone}` : date);
}
