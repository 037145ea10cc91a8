import type { Exchange } from '../../model/Exchange.js';
import type { LineItem } from '../../model/LineItem.js';
import { MILESTONES } from '../../model/Milestone.js';
import type { Order } from '../../model/Order.js';
import type { Return } from '../../model/Return.js';
import type { Shipment } from '../../model/Shipment.js';
import type { ShipmentException } from '../../model/ShipmentException.js';
import type { TimeValue } from '../../model/TimeValue.js';
import type { DemoClock } from './createDemoClock.js';
import { shopperZone } from './demoPlaces.js';

/** What a scenario decides about an order; the rest (status, links, totals) follows from it. */
export interface DemoOrderSpec {
  number: string;
  placedAt: Date;
  items: LineItem[];
  shipments: Shipment[];
  returns?: Return[];
  exchanges?: Exchange[];
}

/** Most pressing first: what the order-level badge shows when parcels disagree. */
const URGENCY: ShipmentException[] = [
  'lost',
  'exception',
  'attempt_failed',
  'available_for_pickup',
  'returned_to_sender',
  'delayed',
  'cancelled',
  'expired',
  'unknown',
];

function getLatest(clock: DemoClock, placedAt: Date, records: Array<{ updatedAt?: TimeValue | undefined }>) {
  let latest = placedAt.getTime();
  for (const record of records) {
    const time = record.updatedAt;
    if (time?.kind === 'instant') latest = Math.max(latest, Date.parse(time.utc));
  }
  return clock.instant(new Date(Math.min(latest, clock.now.getTime())));
}

/** Returns are accepted for 45 days after purchase, once the item has arrived and only once. */
function getReturnable(clock: DemoClock, spec: DemoOrderSpec, item: LineItem): LineItem['returnable'] {
  const taken = [...(spec.returns ?? []), ...(spec.exchanges ?? []).map((exchange) => exchange.return)];
  if (taken.some((rma) => rma.items.some((returned) => returned.id === item.id))) {
    return { eligible: false, reason: 'already_returned' };
  }
  const parcel = spec.shipments.find((shipment) => shipment.itemIds.includes(item.id));
  if (parcel?.status.milestone !== 'delivered') return { eligible: false, reason: 'not_delivered' };
  const until = new Date(spec.placedAt.getTime() + 45 * 86_400_000);
  if (until < clock.now) return { eligible: false, reason: 'window_closed' };
  return { eligible: true, until: clock.date(until, shopperZone) };
}

/**
 * Builds a demo order: the least advanced parcel sets the order's milestone, the most pressing flag its exception.
 *
 * @example buildDemoOrder(clock, 'http://localhost:4321', { number: 'W1001', placedAt, items, shipments })
 */
export function buildDemoOrder(clock: DemoClock, storeUrl: string, spec: DemoOrderSpec): Order {
  const outbound = spec.shipments.filter((shipment) => shipment.direction === 'outbound');
  const milestones = outbound.map((shipment) => MILESTONES.indexOf(shipment.status.milestone));
  const flags = outbound.map((shipment) => shipment.status.exception).filter((flag) => flag !== null);
  const exception = URGENCY.find((flag) => flags.includes(flag)) ?? null;
  const returns = spec.returns ?? [];
  const exchanges = spec.exchanges ?? [];
  const total = spec.items.reduce((sum, item) => sum + (item.price?.amount ?? 0) * item.quantity, 0);
  return {
    id: `ord_${spec.number.slice(1)}`,
    number: spec.number,
    placedAt: clock.instant(spec.placedAt),
    status: {
      milestone: milestones.length > 0 ? (MILESTONES[Math.min(...milestones)] ?? 'processing') : 'processing',
      exception,
    },
    shipments: spec.shipments,
    items: spec.items.map((item) => ({ ...item, returnable: item.returnable ?? getReturnable(clock, spec, item) })),
    returns,
    exchanges,
    links: {
      returnsPortal: `${storeUrl}/account.html#returns`,
      support: `${storeUrl}/index.html#help`,
      order: `${storeUrl}/account.html#${spec.number}`,
    },
    total: { amount: Math.round(total * 100) / 100, currency: 'USD' },
    customerFirstName: 'Alex',
    updatedAt: getLatest(clock, spec.placedAt, [...spec.shipments, ...returns, ...exchanges]),
  };
}
