import type { Location } from '../../model/Location.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../../time/parseTime.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { getCountryCode } from '../shared/getCountryCode.js';
import type { PathReader } from '../shared/readPath.js';
import { mapEasyPostStatus } from './mapEasyPostStatus.js';

function text(reader: PathReader): string | undefined {
  const value = reader.optionalString()?.trim();
  return value ? decodeEntities(value) : undefined;
}

function readLocation(place: PathReader): Location | undefined {
  if (!place.isObject()) return undefined;
  const location: Location = {};
  const city = text(place.at('city'));
  const region = text(place.at('state'));
  const country = getCountryCode(text(place.at('country')));
  const postalCode = text(place.at('zip'));
  if (city) location.city = city;
  if (region) location.region = region;
  if (country) location.country = country;
  if (postalCode) location.postalCode = postalCode;
  return Object.keys(location).length > 0 ? location : undefined;
}

/**
 * Maps one EasyPost `tracking_details[]` entry to a timeline event. EasyPost writes UTC with `Z`; a `null`
 * `datetime` (the `unknown` tracker, Q6) gives an event without a time.
 *
 * @example normalizeEasyPostTrackingDetail(readPath(detail, 'EasyPost tracker')).milestone // 'in_transit'
 */
export function normalizeEasyPostTrackingDetail(detail: PathReader): TrackingEvent {
  detail.object();
  const status = detail.at('status').optionalString();
  const statusDetail = detail.at('status_detail').optionalString();
  const event: TrackingEvent = {
    time: parseTime(detail.at('datetime').optionalString()),
    description: text(detail.at('message')) ?? text(detail.at('description')) ?? status ?? '',
  };
  if (status) {
    const mapped = mapEasyPostStatus(status, statusDetail);
    if (mapped.milestone) event.milestone = mapped.milestone;
    if (mapped.exception) event.exception = mapped.exception;
  }
  const location = readLocation(detail.at('tracking_location'));
  if (location) event.location = location;
  const code = statusDetail ?? status;
  if (code) event.code = code;
  return event;
}
