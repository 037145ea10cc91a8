import { InvalidResponseError } from '../../errors/InvalidResponseError.js';
import { isHttpUrl } from '../../model/isHttpUrl.js';
import type { Shipment } from '../../model/Shipment.js';
import { sortEvents } from '../../time/sortEvents.js';
import { createShipmentId } from '../shared/createShipmentId.js';
import { getKeptMilestone } from '../shared/getKeptMilestone.js';
import { normalizeCarrier } from '../shared/normalizeCarrier.js';
import { type PathReader, readPath } from '../shared/readPath.js';
import { getShippoEta } from './getShippoEta.js';
import { mapShippoStatus } from './mapShippoStatus.js';
import { normalizeShippoStatus } from './normalizeShippoStatus.js';

/**
 * Normalizes a Shippo Track (`GET /tracks/{carrier}/{number}` or `POST /tracks`; a Transaction's tracking fields
 * work too) into a `Shipment`. State comes from `tracking_status` (`null` for a number the carrier does not know
 * yet: `label_created` + `unknown`); the timeline from `tracking_history`. Shippo's error body (`{ "detail": … }`,
 * HTTP 400) is not a track: it throws `InvalidResponseError` quoting the detail. Pure.
 *
 * @example normalizeShippoTrack(await response.json()).eta?.start // { kind: 'date', date: '2016-12-08', … }
 */
export function normalizeShippoTrack(payload: unknown): Shipment {
  return normalizeShippoTrackAt(readPath(payload, 'Shippo track'));
}

/** `normalizeShippoTrack` for a value inside a larger payload (a webhook's `data`), with a fallback carrier. */
export function normalizeShippoTrackAt(track: PathReader, fallbackCarrier?: string): Shipment {
  const body = track.object();
  if (typeof body.detail === 'string' && body.tracking_number === undefined) {
    throw new InvalidResponseError(`Shippo answered with an error instead of a track: ${body.detail}`, {
      path: track.path,
    });
  }
  const trackingNumber = track.at('tracking_number').nonEmptyString().trim();
  const carrierCode = track.at('carrier').optionalString() ?? fallbackCarrier;
  const events = sortEvents(track.at('tracking_history').optionalArray().map(normalizeShippoStatus));
  const current = track.at('tracking_status');
  const latest = current.exists() ? normalizeShippoStatus(current) : null;
  const status = current.exists() ? current.at('status').nonEmptyString() : 'UNKNOWN';
  const substatus = current.at('substatus');
  const code = substatus.isObject() ? substatus.at('code').optionalString() : undefined;
  const actionRequired = substatus.isObject() ? substatus.at('action_required').optionalBoolean() : undefined;

  const mapped = mapShippoStatus(status, code, { actionRequired, hasHistory: events.length > 0 });
  const milestone = mapped.milestone ?? getKeptMilestone(events);
  const delivered = milestone === 'delivered';
  const deliveredAt =
    events.filter((event) => event.milestone === 'delivered').at(-1)?.time ?? (delivered ? latest?.time : null);
  const url = track.at('tracking_url_provider').optionalString();

  const shipment: Shipment = {
    id: createShipmentId('shippo', carrierCode, trackingNumber),
    direction: 'outbound',
    carrier: normalizeCarrier(carrierCode),
    trackingNumber,
    status: {
      milestone,
      exception: mapped.exception,
      actionRequired: mapped.actionRequired,
      raw: { provider: 'shippo', status, substatus: code ?? null, message: latest?.description ?? null },
    },
    eta: getShippoEta(track, { delivered, latestEventTime: events.at(-1)?.time ?? latest?.time ?? null }),
    events,
    itemIds: [],
  };
  if (isHttpUrl(url)) shipment.trackingUrl = url;
  if (delivered && deliveredAt) shipment.deliveredAt = deliveredAt;
  return shipment;
}
