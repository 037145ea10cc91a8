import type { Location } from '../../model/Location.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../../time/parseTime.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { getCountryCode } from '../shared/getCountryCode.js';
import { normalizeLocationText } from '../shared/normalizeLocationText.js';
import type { PathReader } from '../shared/readPath.js';
import { mapAfterShipTag } from './mapAfterShipTag.js';

function text(reader: PathReader): string | undefined {
  const value = reader.optionalString()?.trim();
  return value ? decodeEntities(value) : undefined;
}

function readLocation(checkpoint: PathReader): Location | undefined {
  // v4 writes `city`/`state`/`zip`/`country_iso3`; the versioned API `postal_code`/`country_region`. The free-text
  // `location` (often a street address) only completes them when the city is empty.
  return normalizeLocationText(text(checkpoint.at('location')), {
    city: text(checkpoint.at('city')),
    region: text(checkpoint.at('state')),
    postalCode: text(checkpoint.at('zip')) ?? text(checkpoint.at('postal_code')),
    country: getCountryCode(
      text(checkpoint.at('country_iso3')) ??
        text(checkpoint.at('country_region')) ??
        text(checkpoint.at('country_name')) ??
        text(checkpoint.at('country_region_name')),
    ),
  });
}

/**
 * Maps one AfterShip checkpoint to a timeline event. `checkpoint_time` keeps its offset when it has one; without
 * one (v4 data from 2014) it is a wall-clock reading at the scan location, shown as written (docs/adapters.md#q1-local-times-without-an-offset). `null` for a
 * checkpoint whose every field is empty (the `last_checkpoint` of a pending tracking, docs/adapters.md#q6-null-timestamps).
 *
 * @example normalizeAfterShipCheckpoint(readPath(checkpoint, 'AfterShip tracking'))?.time?.kind // 'wall'
 */
export function normalizeAfterShipCheckpoint(checkpoint: PathReader): TrackingEvent | null {
  checkpoint.object();
  const raw = checkpoint.at('checkpoint_time').optionalString();
  const tag = checkpoint.at('tag').optionalString();
  const subtag = checkpoint.at('subtag').optionalString();
  const message = text(checkpoint.at('message')) ?? text(checkpoint.at('subtag_message'));
  if (!raw && !tag && !message) return null;
  const event: TrackingEvent = { time: parseTime(raw), description: message ?? tag ?? '' };
  if (tag) {
    const mapped = mapAfterShipTag(tag, subtag);
    if (mapped.milestone) event.milestone = mapped.milestone;
    if (mapped.exception) event.exception = mapped.exception;
  }
  const location = readLocation(checkpoint);
  if (location) event.location = location;
  const code = subtag ?? tag;
  if (code) event.code = code;
  return event;
}
