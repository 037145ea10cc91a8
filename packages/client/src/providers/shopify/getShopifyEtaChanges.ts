import type { EtaChange } from '../../model/Eta.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { compareTimes } from '../../time/compareTimes.js';
import { parseTime } from '../../time/parseTime.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import type { PathReader } from '../shared/readPath.js';

/** Every estimate a fulfillment's events carried, and how it moved. */
export interface ShopifyEtaHistory {
  /** The newest estimate, if any event carried one. */
  latest: TimeValue | null;
  /** Each move of the estimate, oldest first. */
  changes: EtaChange[];
}

/**
 * Reads `estimated_delivery_at` across a fulfillment's events in the order they happened: the newest estimate,
 * and one `EtaChange` per move (reason `carrier_delay` when the moving event is a `delayed` status, otherwise
 * `recalculated`, with the event's message as text), detected at that event's time.
 *
 * @example getShopifyEtaChanges(getShopifyEventsList(body)).changes[0]?.reason.code // 'carrier_delay'
 */
export function getShopifyEtaChanges(events: PathReader[]): ShopifyEtaHistory {
  const dated = events
    .map((event, index) => ({
      index,
      time: parseTime(event.at('happened_at').optionalString() ?? event.at('happenedAt').optionalString()),
      estimate: parseTime(
        event.at('estimated_delivery_at').optionalString() ?? event.at('estimatedDeliveryAt').optionalString(),
      ),
      status: event.at('status').optionalString()?.toLowerCase(),
      message: event.at('message').optionalString(),
    }))
    .sort((a, b) => compareTimes(a.time, b.time) || a.index - b.index);
  let latest: TimeValue | null = null;
  const changes: EtaChange[] = [];
  for (const event of dated) {
    if (!event.estimate) continue;
    if (latest && latest.raw !== event.estimate.raw && event.time) {
      changes.push({
        from: { start: latest },
        to: { start: event.estimate },
        reason: {
          code: event.status === 'delayed' ? 'carrier_delay' : 'recalculated',
          text: decodeEntities(event.message ?? ''),
        },
        detectedAt: event.time,
      });
    }
    latest = event.estimate;
  }
  return { latest, changes };
}
