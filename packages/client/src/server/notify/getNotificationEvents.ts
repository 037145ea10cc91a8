import type { EtaChange } from '../../model/Eta.js';
import { MILESTONES } from '../../model/Milestone.js';
import type { Shipment } from '../../model/Shipment.js';
import { getTimeKey } from '../../time/getTimeKey.js';
import { getParcelState } from './getParcelState.js';
import type { NotificationEvent, NotificationMilestone } from './NotificationEvent.js';
import type { ParcelState } from './ParcelState.js';

/** An event with the key that makes it unique for its parcel. */
export interface KeyedNotificationEvent {
  event: NotificationEvent;
  key: string;
}

const problemExceptions = new Set([
  'attempt_failed',
  'exception',
  'returned_to_sender',
  'lost',
  'cancelled',
  'expired',
]);
const progress: Array<[NotificationMilestone, number]> = [
  ['delivered', MILESTONES.indexOf('delivered')],
  ['out_for_delivery', MILESTONES.indexOf('out_for_delivery')],
  ['shipped', MILESTONES.indexOf('in_transit')],
];

// An ETA key is `start/end` (`getParcelState`); a window without an end ends where it starts.
function readEtaKey(key: string): [number, number] {
  const [start = '', end = ''] = key.split('/');
  return [Number(start), Number(end === '' ? start : end)];
}

/** Which way `next` moved from `previous`: by the start, then by the end; `null` when the window is the same. */
function getEtaDirection(previous: string, next: string): 'later' | 'earlier' | null {
  const [fromStart, fromEnd] = readEtaKey(previous);
  const [toStart, toEnd] = readEtaKey(next);
  if (toStart !== fromStart) return toStart > fromStart ? 'later' : 'earlier';
  if (toEnd !== fromEnd) return toEnd > fromEnd ? 'later' : 'earlier';
  return null;
}

function findChange(shipment: Shipment): EtaChange {
  const eta = shipment.eta!;
  const latest = eta.changes.at(-1);
  // The provider's own record of the move carries the reason; use it when it lands on today's date.
  if (latest?.to && getTimeKey(latest.to.start) === getTimeKey(eta.start)) return latest;
  return {
    from: null,
    to: { start: eta.start, ...(eta.end ? { end: eta.end } : {}) },
    reason: { code: 'unknown', text: '' },
    detectedAt: eta.start,
  };
}

/**
 * Compares a fresh `shipment` with what was last seen of it and says what deserves a message: the furthest
 * milestone newly reached (shipped, out for delivery, delivered), a new pickup or problem, or a moved ETA with its
 * reason and its direction from the date last seen (what the shopper was last told). With `scope: 'key'` only the
 * right-now moments count: out for delivery, pickup, problems and later dates.
 * An identical update (a replayed webhook) yields nothing.
 *
 * @example getNotificationEvents(previousState, shipment, 'all') // { events: [{ event, key }], next }
 */
export function getNotificationEvents(
  previous: ParcelState | null,
  shipment: Shipment,
  scope: 'all' | 'key',
): { events: KeyedNotificationEvent[]; next: ParcelState } {
  const next = getParcelState(shipment, previous);
  const events: KeyedNotificationEvent[] = [];
  const before = previous?.milestoneRank ?? -1;
  const reached = progress.find(([, rank]) => next.milestoneRank >= rank && before < rank);
  if (reached && (scope === 'all' || reached[0] === 'out_for_delivery')) {
    events.push({ event: { type: 'milestone', milestone: reached[0] }, key: `milestone:${reached[0]}` });
  }
  const exception = shipment.status.exception;
  if (exception && exception !== previous?.exception) {
    const latestEvent = getTimeKey(shipment.events.at(-1)?.time);
    if (exception === 'available_for_pickup') {
      events.push({ event: { type: 'milestone', milestone: 'available_for_pickup' }, key: `pickup:${latestEvent}` });
    } else if (problemExceptions.has(exception)) {
      events.push({
        event: { type: 'milestone', milestone: 'exception' },
        key: `exception:${exception}:${latestEvent}`,
      });
    }
  }
  if (
    previous?.etaKey &&
    next.etaKey &&
    next.etaKey !== previous.etaKey &&
    next.milestoneRank < MILESTONES.indexOf('delivered')
  ) {
    // The shopper was last told the stored date, so the move is measured from it, not from the provider's first
    // estimate (and most providers send no record of the move at all).
    const direction = getEtaDirection(previous.etaKey, next.etaKey);
    if (direction && (scope === 'all' || direction === 'later')) {
      events.push({
        event: { type: 'eta_changed', change: findChange(shipment), direction },
        key: `eta:${next.etaKey}`,
      });
    }
  }
  return { events, next };
}
