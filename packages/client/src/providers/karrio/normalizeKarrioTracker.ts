import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { Shipment } from '../../model/Shipment.js';
import { parseTime } from '../../time/parseTime.js';
import { sortEvents } from '../../time/sortEvents.js';
import { createShipmentId } from '../shared/createShipmentId.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { getKeptMilestone } from '../shared/getKeptMilestone.js';
import { normalizeCarrier } from '../shared/normalizeCarrier.js';
import { pickEta } from '../shared/pickEta.js';
import { readPath } from '../shared/readPath.js';
import { mapKarrioStatus } from './mapKarrioStatus.js';
import { normalizeKarrioEvent } from './normalizeKarrioEvent.js';

/**
 * Maps a Karrio tracker (`object_type: "tracker"`, as `GET /v1/trackers/…` and the tracker webhooks send it) to a
 * `Shipment`. State comes from the tracker's `status` (or `delivered: true`); when the status has no position of
 * its own (`on_hold`, `delivery_delayed`, `return_to_sender`, …) the furthest milestone the events reached is kept.
 * Events are wall-clock readings (see `normalizeKarrioEvent`), sorted oldest first. The ETA is
 * `estimated_delivery`, else `info.expected_delivery`, hidden once delivered or stale; values that are not dates
 * (Karrio's own tests hold `"<ANY>"`) are ignored.
 *
 * Invalid input policy: anything that is not a tracker throws `InvalidResponseError` with the field path.
 *
 * @example normalizeKarrioTracker(await api.get('trackers/1Z12345E6205277936')).status.milestone // 'in_transit'
 */
export function normalizeKarrioTracker(payload: unknown): Shipment {
  const tracker = readPath(payload, 'Karrio tracker');
  tracker.object();
  const trackingNumber = tracker.at('tracking_number').nonEmptyString();
  const carrierName = tracker.at('carrier_name').nonEmptyString();
  const status = tracker.at('status').nonEmptyString();
  const info = tracker.at('info');
  if (info.exists()) info.object();
  const events = sortEvents(tracker.at('events').array().map(normalizeKarrioEvent));

  const mapped = mapKarrioStatus(status);
  const delivered = tracker.at('delivered').optionalBoolean() === true || mapped.milestone === 'delivered';
  const milestone = delivered ? 'delivered' : (mapped.milestone ?? getKeptMilestone(events));
  const latestEventTime = events.at(-1)?.time ?? null;
  const eta = pickEta(
    [
      { start: parseTime(tracker.at('estimated_delivery').optionalString()) },
      { start: parseTime(info.at('expected_delivery').optionalString()) },
    ],
    { delivered, latestEventTime },
  );
  const deliveredAt =
    events.findLast((event) => event.milestone === 'delivered')?.time ??
    parseTime(info.at('shipment_delivery_date').optionalString());
  const link = info.at('carrier_tracking_link').optionalString();
  const message = tracker.at('messages').optionalArray()[0]?.at('message').optionalString();
  const carrierCode = carrierName.replace(/_/g, '-');

  return {
    id: createShipmentId('karrio', carrierName, trackingNumber),
    direction: 'outbound',
    carrier: normalizeCarrier(carrierCode),
    trackingNumber,
    ...(isHttpUrl(link) ? { trackingUrl: link } : {}),
    status: {
      milestone,
      exception: delivered ? null : mapped.exception,
      actionRequired: delivered ? false : mapped.actionRequired,
      raw: { provider: 'karrio', status, substatus: null, message: message ? decodeEntities(message) : null },
    },
    eta,
    events,
    itemIds: [],
    ...(delivered && deliveredAt ? { deliveredAt } : {}),
    ...(latestEventTime ? { updatedAt: latestEventTime } : {}),
  };
}
