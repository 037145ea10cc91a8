import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../../time/parseTime.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import type { PathReader } from '../shared/readPath.js';
import { mapKarrioStatus } from './mapKarrioStatus.js';

/**
 * Maps one Karrio tracking event. Karrio splits the time into `date` (`2021-01-11`) and `time` (`20:34`) with no
 * zone: they are joined (`2021-01-11T20:34`, which is also the `raw` kept) and read as a wall-clock reading at the
 * scan location, shown as written everywhere. A date without a time stays a date. The free-text `location`
 * (`BONN`) is shown where the city would be. The event `status`, when Karrio sent one, gives its milestone.
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
  const location = event.at('location').optionalString();
  const code = event.at('code').optionalString();
  return {
    time,
    ...(mapped?.milestone ? { milestone: mapped.milestone } : {}),
    ...(exception ? { exception } : {}),
    description: decodeEntities(event.at('description').optionalString() ?? ''),
    ...(location ? { location: { city: decodeEntities(location) } } : {}),
    ...(code ? { code } : {}),
  };
}
