import { InvalidResponseError } from '../../errors/InvalidResponseError.js';
import type { Shipment } from '../../model/Shipment.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { parseTime } from '../../time/parseTime.js';
import { sortEvents } from '../../time/sortEvents.js';
import { createShipmentId } from '../shared/createShipmentId.js';
import { getKeptMilestone } from '../shared/getKeptMilestone.js';
import { normalizeCarrier } from '../shared/normalizeCarrier.js';
import { pickEta } from '../shared/pickEta.js';
import { type PathReader, readPath } from '../shared/readPath.js';
import { mapShip24Milestone } from './mapShip24Milestone.js';
import { normalizeShip24Event } from './normalizeShip24Event.js';

// `{ data: { trackings: [t] } }` (results, search), `{ trackings: [t] }` (webhook), `{ data: { tracker } }`
// (a tracker just created, no results yet) or the tracking object itself.
function findTracking(root: PathReader): PathReader {
  root.object();
  const data = root.at('data');
  const errors = root.at('errors').optionalArray();
  if (errors.length > 0 && !data.exists()) {
    const first = errors[0]?.isObject() ? errors[0] : undefined;
    const detail = [first?.at('code').optionalString(), first?.at('message').optionalString()]
      .filter(Boolean)
      .join(': ');
    throw new InvalidResponseError(`Ship24 answered with an error instead of a tracking: ${detail}`, {
      path: data.path,
    });
  }
  const holder = data.exists() ? data : root;
  holder.object();
  if (holder.at('trackings').exists()) {
    const trackings = holder.at('trackings');
    trackings.array();
    return trackings.at(0);
  }
  return holder;
}

// The number the retailer registered (`tracker`), else the first the carrier reported (per-call search).
function readTrackingNumber(tracking: PathReader): string {
  const tracker = tracking.at('tracker');
  const first = tracking.at('shipment').at('trackingNumbers').optionalArray()[0];
  if (!tracker.exists() && first) return first.at('tn').nonEmptyString().trim();
  return tracker.at('trackingNumber').nonEmptyString().trim();
}

function readWall(reader: PathReader): TimeValue | null {
  return parseTime(reader.optionalString());
}

/**
 * Normalizes a Ship24 tracking (tracker results, a per-call search, a webhook's first tracking, or a tracker just
 * created) into a `Shipment`. State comes from `shipment.statusMilestone`; events arrive newest first and are
 * sorted by parsed time. Ship24's local times without offset stay wall-clock readings (docs/adapters.md#q1-local-times-without-an-offset). Pure; malformed
 * input throws `InvalidResponseError` naming the field.
 *
 * @example normalizeShip24Tracking(await response.json()).carrier // { code: 'usps', name: 'USPS' }
 */
export function normalizeShip24Tracking(payload: unknown): Shipment {
  return normalizeShip24TrackingAt(readPath(payload, 'Ship24 tracking'));
}

/** `normalizeShip24Tracking` for one tracking inside a larger payload (a webhook's `trackings[]`). */
export function normalizeShip24TrackingAt(root: PathReader): Shipment {
  const tracking = findTracking(root);
  tracking.object();
  const shipmentInfo = tracking.at('shipment');
  // Ship24 lists newest first; reversing first keeps equal-time events in the order they happened.
  const events = sortEvents(tracking.at('events').optionalArray().map(normalizeShip24Event).reverse());
  const trackingNumber = readTrackingNumber(tracking);
  if (shipmentInfo.exists()) shipmentInfo.object();
  const milestoneText = shipmentInfo.exists() ? shipmentInfo.at('statusMilestone').nonEmptyString() : 'pending';
  const statusCode = shipmentInfo.at('statusCode').optionalString();
  const mapped = mapShip24Milestone(milestoneText, statusCode);
  const milestone = mapped.milestone ?? getKeptMilestone(events);
  const delivered = milestone === 'delivered';
  const latest = events.at(-1);
  const courierCodes = tracking
    .at('events')
    .optionalArray()
    .map((entry) => entry.at('courierCode').optionalString());
  const delivery = shipmentInfo.at('delivery');
  const window = delivery.at('courierEstimatedDeliveryDate');
  const deliveredAt =
    readWall(tracking.at('statistics').at('timestamps').at('deliveredDatetime')) ??
    events.filter((event) => event.milestone === 'delivered').at(-1)?.time;

  const shipment: Shipment = {
    id: createShipmentId('ship24', undefined, trackingNumber),
    direction: 'outbound',
    // The newest event's courier is the one holding the parcel now (the last mile).
    carrier: normalizeCarrier(courierCodes.find((code) => code !== undefined)),
    trackingNumber,
    status: {
      milestone,
      exception: mapped.exception,
      actionRequired: mapped.actionRequired,
      raw: {
        provider: 'ship24',
        status: milestoneText,
        substatus: statusCode ?? null,
        message: latest?.description ?? null,
      },
    },
    eta: pickEta(
      [
        window.isObject() ? { start: readWall(window.at('from')), end: readWall(window.at('to')) } : null,
        { start: readWall(delivery.at('estimatedDeliveryDate')) },
      ],
      { delivered, latestEventTime: latest?.time ?? null },
    ),
    events,
    itemIds: [],
  };
  if (delivered && deliveredAt) shipment.deliveredAt = deliveredAt;
  return shipment;
}
