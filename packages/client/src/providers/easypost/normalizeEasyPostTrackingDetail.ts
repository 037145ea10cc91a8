import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../../time/parseTime.js';
import { getText } from '../shared/getText.js';
import { normalizeAddressLocation } from '../shared/normalizeAddressLocation.js';
import type { PathReader } from '../shared/readPath.js';
import { mapEasyPostStatus } from './mapEasyPostStatus.js';

/**
 * Maps one EasyPost `tracking_details[]` entry to a timeline event. EasyPost writes UTC with `Z`; a `null`
 * `datetime` (the `unknown` tracker, docs/adapters.md#q6-null-timestamps) gives an event without a time.
 *
 * @example normalizeEasyPostTrackingDetail(readPath(detail, 'EasyPost tracker')).milestone // 'in_transit'
 */
export function normalizeEasyPostTrackingDetail(detail: PathReader): TrackingEvent {
  detail.object();
  const status = detail.at('status').optionalString();
  const statusDetail = detail.at('status_detail').optionalString();
  const event: TrackingEvent = {
    time: parseTime(detail.at('datetime').optionalString()),
    description: getText(detail.at('message')) ?? getText(detail.at('description')) ?? status ?? '',
  };
  if (status) {
    const mapped = mapEasyPostStatus(status, statusDetail);
    if (mapped.milestone) event.milestone = mapped.milestone;
    if (mapped.exception) event.exception = mapped.exception;
  }
  const location = normalizeAddressLocation(detail.at('tracking_location'));
  if (location) event.location = location;
  const code = statusDetail ?? status;
  if (code) event.code = code;
  return event;
}
