import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../../time/parseTime.js';
import { getText } from '../shared/getText.js';
import { normalizeAddressLocation } from '../shared/normalizeAddressLocation.js';
import type { PathReader } from '../shared/readPath.js';
import { mapShippoStatus } from './mapShippoStatus.js';

/**
 * Maps one Shippo tracking status (`tracking_status` or a `tracking_history[]` entry) to a timeline event.
 * `status_date` is the event time (`object_created` is only when Shippo stored it, docs/adapters.md#q8-ingest-time-versus-event-time); a value at exactly
 * midnight UTC is a date padded to a timestamp (docs/adapters.md#q3-dates-padded-to-midnight-utc) and becomes a date.
 *
 * @example normalizeShippoStatus(readPath(entry, 'Shippo track')).code // 'package_accepted'
 */
export function normalizeShippoStatus(entry: PathReader): TrackingEvent {
  entry.object();
  const status = entry.at('status').nonEmptyString();
  const substatus = entry.at('substatus');
  const code = substatus.isObject() ? substatus.at('code').optionalString() : undefined;
  const mapped = mapShippoStatus(status, code, { hasHistory: true });
  const event: TrackingEvent = {
    time: parseTime(entry.at('status_date').optionalString(), { dateOnlyAtMidnightUtc: true }),
    description:
      getText(entry.at('status_details')) ??
      (substatus.isObject() ? getText(substatus.at('text')) : undefined) ??
      status,
  };
  if (mapped.milestone) event.milestone = mapped.milestone;
  if (mapped.exception) event.exception = mapped.exception;
  const location = normalizeAddressLocation(entry.at('location'));
  if (location) event.location = location;
  event.code = code ?? status;
  return event;
}
