import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { Shipment } from '../../model/Shipment.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { parseTime } from '../../time/parseTime.js';
import { sortEvents } from '../../time/sortEvents.js';
import { createShipmentId } from '../shared/createShipmentId.js';
import { getKeptMilestone } from '../shared/getKeptMilestone.js';
import { normalizeCarrier } from '../shared/normalizeCarrier.js';
import { pickEta } from '../shared/pickEta.js';
import { type PathReader, readPath } from '../shared/readPath.js';
import { mapEasyPostStatus } from './mapEasyPostStatus.js';
import { normalizeEasyPostTrackingDetail } from './normalizeEasyPostTrackingDetail.js';

// A Tracker, a webhook Event (`result`), or a Shipment carrying its `tracker` (and `is_return`).
function findTracker(root: PathReader): { tracker: PathReader; isReturn: boolean } {
  root.object();
  const kind = root.at('object').optionalString();
  if (kind === 'Event') return findTracker(root.at('result'));
  if (kind === 'Shipment') {
    const tracker = root.at('tracker');
    tracker.object();
    return { tracker, isReturn: root.at('is_return').optionalBoolean() === true };
  }
  return { tracker: root, isReturn: false };
}

// The carrier's local estimate (date + optional time, no zone) beats the UTC `est_delivery_date` (docs/adapters.md#q4-one-instant-several-forms).
function readLocalEstimate(carrierDetail: PathReader): TimeValue | null {
  if (!carrierDetail.isObject()) return null;
  const date = carrierDetail.at('est_delivery_date_local').value;
  const time = carrierDetail.at('est_delivery_time_local').value;
  if (typeof date !== 'string') return null;
  return parseTime(typeof time === 'string' && time ? `${date}T${time}` : date);
}

/**
 * Normalizes one EasyPost Tracker (also inside a webhook Event or a Shipment) into a `Shipment`. State comes from
 * the top-level `status`/`status_detail`; `is_return` makes it a return leg. A tracker in `error` status (an
 * invalid code, or a real number in test mode) normalizes to `exception: 'unknown'` with EasyPost's message in
 * `status.raw.message`, so one bad tracker in a list never hides the others. Pure; malformed input throws
 * `InvalidResponseError` naming the field.
 *
 * @example normalizeEasyPostTracker(tracker).status.milestone // 'out_for_delivery'
 */
export function normalizeEasyPostTracker(payload: unknown): Shipment {
  return normalizeEasyPostTrackerAt(readPath(payload, 'EasyPost tracker'));
}

/** `normalizeEasyPostTracker` for a value inside a larger payload (a list item), so error paths stay whole. */
export function normalizeEasyPostTrackerAt(root: PathReader): Shipment {
  const { tracker, isReturn } = findTracker(root);
  const trackingNumber = tracker.at('tracking_code').nonEmptyString().trim();
  const status = tracker.at('status').nonEmptyString();
  const statusDetail = tracker.at('status_detail').optionalString();
  const carrierCode = tracker.at('carrier').optionalString();
  const events = sortEvents(tracker.at('tracking_details').optionalArray().map(normalizeEasyPostTrackingDetail));

  const mapped = mapEasyPostStatus(status, statusDetail);
  const milestone = mapped.milestone ?? getKeptMilestone(events);
  const delivered = milestone === 'delivered';
  const latest = events.at(-1);
  const deliveredAt = events.filter((event) => event.milestone === 'delivered').at(-1)?.time;
  const estimate = parseTime(tracker.at('est_delivery_date').optionalString());
  const url = tracker.at('public_url').optionalString();
  const updatedAt = parseTime(tracker.at('updated_at').optionalString());

  const shipment: Shipment = {
    id: createShipmentId('easypost', carrierCode, trackingNumber),
    direction: isReturn || tracker.at('is_return').optionalBoolean() === true ? 'return' : 'outbound',
    carrier: normalizeCarrier(carrierCode),
    trackingNumber,
    status: {
      milestone,
      exception: mapped.exception,
      actionRequired: mapped.actionRequired,
      raw: {
        provider: 'easypost',
        status,
        substatus: statusDetail ?? null,
        message: latest?.description || null,
      },
    },
    eta: pickEta([{ start: readLocalEstimate(tracker.at('carrier_detail')) }, { start: estimate }], {
      delivered,
      latestEventTime: latest?.time ?? null,
    }),
    events,
    itemIds: [],
  };
  if (isHttpUrl(url)) shipment.trackingUrl = url;
  if (delivered && deliveredAt) shipment.deliveredAt = deliveredAt;
  if (updatedAt) shipment.updatedAt = updatedAt;
  return shipment;
}
