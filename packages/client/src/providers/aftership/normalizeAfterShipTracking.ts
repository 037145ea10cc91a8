import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { Shipment } from '../../model/Shipment.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../../time/parseTime.js';
import { sortEvents } from '../../time/sortEvents.js';
import { createShipmentId } from '../shared/createShipmentId.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { getKeptMilestone } from '../shared/getKeptMilestone.js';
import { normalizeCarrier } from '../shared/normalizeCarrier.js';
import { type PathReader, readPath } from '../shared/readPath.js';
import { getAfterShipEta } from './getAfterShipEta.js';
import { mapAfterShipTag } from './mapAfterShipTag.js';
import { normalizeAfterShipCheckpoint } from './normalizeAfterShipCheckpoint.js';

// Accepts a tracking, a v4 `{ meta, data: { tracking } }` envelope, a current-API `{ meta, data: tracking }`
// envelope, a v4 `last_checkpoint` body (`data.checkpoint`) and a webhook body (`msg`).
function findTracking(root: PathReader): PathReader {
  root.object();
  if (root.at('msg').exists()) return root.at('msg');
  const data = root.at('data');
  if (!data.exists()) return root;
  data.object();
  return data.at('tracking').exists() ? data.at('tracking') : data;
}

function readEvents(tracking: PathReader): TrackingEvent[] {
  const checkpoints = tracking.at('checkpoints').optionalArray();
  if (checkpoints.length === 0 && tracking.at('checkpoint').exists()) checkpoints.push(tracking.at('checkpoint'));
  const events: TrackingEvent[] = [];
  for (const checkpoint of checkpoints) {
    const event = normalizeAfterShipCheckpoint(checkpoint);
    if (event) events.push(event);
  }
  return sortEvents(events);
}

/**
 * Normalizes an AfterShip tracking (legacy v4 or the versioned `/tracking/YYYY-MM` API) into a `Shipment`.
 * State comes from the top-level `tag`/`subtag` (never from the last checkpoint, docs/adapters.md#q7-ordering-and-consistency); the timeline from the
 * checkpoints, sorted by parsed time. Pure; a malformed payload throws `InvalidResponseError` naming the field.
 *
 * @example
 * const shipment = normalizeAfterShipTracking(await response.json());
 * shipment.status // { milestone: 'delivered', exception: null, actionRequired: false, raw: { provider: 'aftership', … } }
 */
export function normalizeAfterShipTracking(payload: unknown): Shipment {
  return normalizeAfterShipTrackingAt(readPath(payload, 'AfterShip tracking'));
}

/** `normalizeAfterShipTracking` for a value inside a larger payload (a list item), so error paths stay whole. */
export function normalizeAfterShipTrackingAt(root: PathReader): Shipment {
  const tracking = findTracking(root);
  tracking.object();
  const trackingNumber = tracking.at('tracking_number').nonEmptyString().trim();
  const slug = tracking.at('slug').nonEmptyString().trim();
  const tag = tracking.at('tag').nonEmptyString();
  const subtag = tracking.at('subtag').optionalString();
  const events = readEvents(tracking);

  const mapped = mapAfterShipTag(tag, subtag);
  let { milestone, exception } = mapped;
  if (tracking.at('return_to_sender').optionalBoolean() === true) {
    exception = 'returned_to_sender';
    if (milestone === 'delivered') milestone = null;
  }
  const kept = milestone ?? getKeptMilestone(events);
  const delivered = kept === 'delivered';
  const lastDelivered = events.filter((event) => event.milestone === 'delivered').at(-1)?.time;
  const deliveredAt =
    lastDelivered ?? parseTime(tracking.at('shipment_delivery_date').optionalString(), { assume: 'utc' });
  const link =
    tracking.at('courier_tracking_link').optionalString() ?? tracking.at('courier_redirect_link').optionalString();
  const updatedAt = parseTime(tracking.at('updated_at').optionalString());
  const subtagMessage = tracking.at('subtag_message').optionalString();

  const shipment: Shipment = {
    id: createShipmentId('aftership', slug, trackingNumber),
    direction: tracking.at('shipment_direction').optionalString() === 'return' ? 'return' : 'outbound',
    carrier: normalizeCarrier(slug),
    trackingNumber,
    status: {
      milestone: kept,
      exception,
      actionRequired: mapped.actionRequired,
      raw: {
        provider: 'aftership',
        status: tag,
        substatus: subtag ?? null,
        message: subtagMessage ? decodeEntities(subtagMessage) : null,
      },
    },
    eta: getAfterShipEta(tracking, { delivered, latestEventTime: events.at(-1)?.time ?? null }),
    events,
    itemIds: [],
  };
  if (isHttpUrl(link)) shipment.trackingUrl = link;
  if (delivered && deliveredAt) shipment.deliveredAt = deliveredAt;
  if (updatedAt) shipment.updatedAt = updatedAt;
  return shipment;
}
