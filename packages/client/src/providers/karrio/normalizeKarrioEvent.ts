import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../../time/parseTime.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { normalizeLocationText } from '../shared/normalizeLocationText.js';
import type { PathReader } from '../shared/readPath.js';
import { mapKarrioStatus } from './mapKarrioStatus.js';

/**
 * Maps one Karrio tracking event. Karrio splits the time into `date` (`2021-01-11`) and `time` (`20:34`) with no
 * zone: they are joined (`2021-01-11T20:34`, which is also the `raw` kept) and read as a wall-clock reading at the
 * scan location, shown as written everywhere. A date without a time stays a date. The free-text `location` is read
 * into city and region when it says which is which (`MISSISSAUGA, ON`), else kept in `location.text` (`BONN`; see
 * `normalizeLocationText`). The event `status`, when Karrio sent one, gives its milestone.
 *
 * @example normalizeKarrioEvent(readPath({ date: '2021-01-11', time: '20:34', description: 'Picked up' }, 'Karrio'))
 * // { time: { kind: 'wall', local: '2021-01-11T20:34', raw: '2021-01-11T20:34' }, description: 'Picked up' }
 */
export function normalizeKarrioEvent(event: PathReader): TrackingEvent {
  event.object();
  const date = event.at('date').optionalString();
  const clock = event.at('time').optionalString();
  const time = date ? parseTime(clock ? `${date}T${clock}` : date) : null;
  const status = event.at('status').optionalString();
  const mapped = status ? mapKarrioStatus(status) : undefined;
  const exception = mapped?.exception && mapped.exception !== 'unknown' ? mapped.exception : undefined;
  const place = event.at('location').optionalString()?.trim();
  const location = normalizeLocationText(place ? decodeEntities(place) : undefined);
  const code = event.at('code').optionalString();
  return {
    time,
    ...(mapped?.milestone ? { milestone: mapped.milestone } : {}),
    ...(exception ? { exception } : {}),
    description: decodeEntities(event.at('description').optionalString() ?? ''),
    ...(location ? { location } : {}),
    ...(code ? { code } : {}),
  };
}
