import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../../time/parseTime.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { normalizeLocationText } from '../shared/normalizeLocationText.js';
import type { PathReader } from '../shared/readPath.js';
import { mapShip24Milestone } from './mapShip24Milestone.js';

/**
 * Maps one Ship24 event to a timeline event. `occurrenceDatetime` usually has no offset: it is the local time at
 * the scan location and stays a wall-clock reading (docs/adapters.md#q1-local-times-without-an-offset). Ship24 sends the place as one free-text `location`:
 * `SAN RAFAEL, CA 94901` is read into city, region and postal code, anything else is kept in `location.text` (see
 * `normalizeLocationText`).
 *
 * @example normalizeShip24Event(readPath(event, 'Ship24 tracking')).time?.kind // 'wall'
 */
export function normalizeShip24Event(entry: PathReader): TrackingEvent {
  entry.object();
  const milestone = entry.at('statusMilestone').optionalString();
  const statusCode = entry.at('statusCode').optionalString();
  const status = entry.at('status').optionalString()?.trim();
  const place = entry.at('location').optionalString()?.trim();
  const event: TrackingEvent = {
    time: parseTime(entry.at('occurrenceDatetime').optionalString()),
    description: status ? decodeEntities(status) : (milestone ?? ''),
  };
  if (milestone) {
    const mapped = mapShip24Milestone(milestone, statusCode);
    if (mapped.milestone) event.milestone = mapped.milestone;
    if (mapped.exception && milestone !== 'pending') event.exception = mapped.exception;
  }
  const location = normalizeLocationText(place ? decodeEntities(place) : undefined);
  if (location) event.location = location;
  const code = statusCode ?? milestone;
  if (code) event.code = code;
  return event;
}
