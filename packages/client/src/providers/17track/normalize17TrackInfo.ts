import type { Shipment } from '../../model/Shipment.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../../time/parseTime.js';
import { sortEvents } from '../../time/sortEvents.js';
import { createShipmentId } from '../shared/createShipmentId.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { getKeptMilestone } from '../shared/getKeptMilestone.js';
import { normalizeCarrier } from '../shared/normalizeCarrier.js';
import { pickEta } from '../shared/pickEta.js';
import { type PathReader, readPath } from '../shared/readPath.js';
import { get17TrackTime } from './get17TrackTime.js';
import { map17TrackKeyStage } from './map17TrackKeyStage.js';
import { map17TrackStatus } from './map17TrackStatus.js';
import { normalize17TrackEvent } from './normalize17TrackEvent.js';

// `/gettrackinfo` answers `{ code, data: { accepted: [item] } }`, a webhook pushes `{ event, data: item }`.
function getItem(root: PathReader): PathReader {
  root.object();
  if (root.at('track_info').exists()) return root;
  const data = root.at('data');
  data.object();
  if (!data.at('accepted').exists()) return data;
  const first = data.at('accepted').array()[0] ?? data.at('accepted').at(0);
  first.object();
  return first;
}

function getCarrier(providers: PathReader[], carrierKey: string | undefined) {
  const chosen =
    providers.find((entry) => entry.at('provider').at('key').optionalString() === carrierKey) ?? providers[0];
  const provider = chosen?.at('provider');
  const name = provider?.at('name').optionalString() ?? provider?.at('alias').optionalString();
  const slug = name
    ?.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return normalizeCarrier(slug || (carrierKey ? `17track-${carrierKey}` : undefined), {
    ...(name ? { name: decodeEntities(name) } : {}),
    ...(provider?.at('homepage').optionalString() ? { url: provider.at('homepage').string() } : {}),
  });
}

/**
 * Maps a 17TRACK v2.2 / v2.4 tracking result to a `Shipment`. Accepts a `/gettrackinfo` response (first
 * accepted number), a `TRACKING_UPDATED` webhook body, or one accepted item (`{ number, carrier, track_info }`).
 *
 * State comes from `track_info.latest_status` (never from the last event); when that status has no position of
 * its own (`Exception`, `Expired`, `NotFound`) the milestone kept is the furthest stage reached in `milestone[]`
 * or the events. Events of every provider leg are merged and sorted oldest first (17TRACK lists them newest
 * first). The ETA is `time_metrics.estimated_delivery_date` (`from`–`to`), hidden once delivered or stale.
 *
 * Invalid input policy: anything that is not such a payload throws `InvalidResponseError` with the field path.
 *
 * @example normalize17TrackInfo(await response.json()).status // { milestone: 'in_transit', exception: null, … }
 */
export function normalize17TrackInfo(payload: unknown): Shipment {
  const item = getItem(readPath(payload, '17TRACK track info'));
  const number = item.at('number').nonEmptyString();
  const carrierKey = item.at('carrier').optionalString();
  const info = item.at('track_info');
  info.object();
  const latest = info.at('latest_status');
  latest.object();
  const status = latest.at('status').nonEmptyString();
  const subStatus = latest.at('sub_status').optionalString() ?? null;

  const providers = info.at('tracking').at('providers').optionalArray();
  // A scan both legs' carriers report (the hand-over, often the delivery) is one event: the later leg's copy goes.
  const seen = new Set<string>();
  const raw: TrackingEvent[] = providers.flatMap((provider) => {
    provider.object();
    return provider
      .at('events')
      .optionalArray()
      .map(normalize17TrackEvent)
      .filter((event) => {
        const key = JSON.stringify([event.time?.raw, event.description, event.location?.city, event.location?.text]);
        return !seen.has(key) && !!seen.add(key);
      });
  });
  // Newest first in the payload: reversed, equal times keep the order they happened in.
  const events = sortEvents(raw.toReversed());

  const reached = info
    .at('milestone')
    .optionalArray()
    .map((stage) => ({
      milestone: map17TrackKeyStage(stage.at('key_stage').optionalString()),
      time: get17TrackTime(stage),
    }))
    .filter((stage) => stage.time !== null);
  const mapped = map17TrackStatus(status, subStatus);
  const milestone =
    mapped.milestone ??
    getKeptMilestone([...events, ...reached.map((stage) => ({ ...stage, description: '' }) as TrackingEvent)]);
  const delivered = milestone === 'delivered';
  const latestEventTime = events.at(-1)?.time ?? null;
  const estimate = info.at('time_metrics').at('estimated_delivery_date');
  const from = parseTime(estimate.at('from').optionalString());
  const to = parseTime(estimate.at('to').optionalString());
  const deliveredAt =
    reached.find((stage) => stage.milestone === 'delivered')?.time ??
    events.findLast((event) => event.milestone === 'delivered')?.time;
  const message = latest.at('sub_status_descr').optionalString();

  return {
    id: createShipmentId('17track', carrierKey, number),
    direction: 'outbound',
    carrier: getCarrier(providers, carrierKey),
    trackingNumber: number,
    status: {
      milestone,
      exception: mapped.exception,
      actionRequired: mapped.actionRequired,
      raw: { provider: '17track', status, substatus: subStatus, message: message ? decodeEntities(message) : null },
    },
    eta: pickEta([{ start: from ?? to, end: from ? to : null }], { delivered, latestEventTime }),
    events,
    itemIds: [],
    ...(delivered && deliveredAt ? { deliveredAt } : {}),
    ...(latestEventTime ? { updatedAt: latestEventTime } : {}),
  };
}
