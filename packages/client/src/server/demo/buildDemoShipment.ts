import type { Eta } from '../../model/Eta.js';
import { MILESTONES, type Milestone } from '../../model/Milestone.js';
import type { Shipment } from '../../model/Shipment.js';
import type { ShipmentException } from '../../model/ShipmentException.js';
import type { ShipmentStatus } from '../../model/ShipmentStatus.js';
import type { TimeValue } from '../../model/TimeValue.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import type { DemoClock } from './createDemoClock.js';
import { type DemoCarrierCode, getDemoCarrier } from './demoCarriers.js';
import { type DemoPlace, shopperZone } from './demoPlaces.js';

/** One scripted carrier scan. Scans later than the clock's `now` stay hidden until their time comes. */
export interface DemoScan {
  at: Date;
  description: string;
  /** The carrier's own event code, kept as the raw status. */
  code: string;
  place?: DemoPlace;
  milestone?: Milestone;
  /** Raises the attention flag from this scan on; `null` lowers it. */
  exception?: ShipmentException | null;
  /** Whether the shopper must act on the flag this scan raised. */
  actionRequired?: boolean;
  /** Why the flag this scan raised went up, and what the shopper can do (see `ShipmentStatus`). */
  cause?: string;
  nextStep?: ShipmentStatus['nextStep'];
}

/** A scripted parcel: who carries it, what it holds, and every scan it will ever get. */
export interface DemoShipmentSpec {
  id: string;
  direction?: Shipment['direction'];
  carrier: DemoCarrierCode;
  trackingNumber: string;
  itemIds: string[];
  scans: DemoScan[];
  /** The estimate while the parcel is under way; dropped once it is delivered. */
  eta?: Eta | null;
  pickupPoint?: Shipment['pickupPoint'];
}

function getEventTime(clock: DemoClock, carrier: DemoCarrierCode, scan: DemoScan): TimeValue {
  const zone = scan.place?.zone ?? shopperZone;
  const style = getDemoCarrier(carrier).timeStyle;
  if (style === 'instant') return clock.instant(scan.at, zone);
  return clock.wall(scan.at, zone, { withZone: style === 'wall-zoned' });
}

/**
 * Builds a parcel as its carrier would report it at the clock's `now`: the scans that have happened, oldest
 * first, the furthest milestone reached, and the attention flag the latest scans left raised.
 *
 * @example buildDemoShipment(clock, { id: 'shp_1', carrier: 'ups', trackingNumber: '1Z…', itemIds: [], scans })
 */
export function buildDemoShipment(clock: DemoClock, spec: DemoShipmentSpec): Shipment {
  const scans = spec.scans.filter((scan) => scan.at <= clock.now).sort((a, b) => a.at.getTime() - b.at.getTime());
  let milestone = 0;
  let exception: ShipmentException | null = null;
  let actionRequired = false;
  let flag: DemoScan | undefined;
  const events = scans.map((scan): TrackingEvent => {
    if (scan.milestone) milestone = Math.max(milestone, MILESTONES.indexOf(scan.milestone));
    if (scan.exception !== undefined) {
      exception = scan.exception;
      actionRequired = scan.exception !== null && scan.actionRequired === true;
      flag = scan.exception === null ? undefined : scan;
    }
    const event: TrackingEvent = { time: getEventTime(clock, spec.carrier, scan), description: scan.description };
    if (scan.milestone) event.milestone = scan.milestone;
    if (scan.exception) event.exception = scan.exception;
    if (scan.place) event.location = { ...scan.place.location };
    event.code = scan.code;
    return event;
  });
  const last = scans.at(-1);
  const carrier = getDemoCarrier(spec.carrier);
  const reached = MILESTONES[milestone] ?? 'label_created';
  const delivered = scans.find((scan) => scan.milestone === 'delivered');
  const shipment: Shipment = {
    id: spec.id,
    direction: spec.direction ?? 'outbound',
    carrier: { ...carrier.carrier },
    trackingNumber: spec.trackingNumber,
    trackingUrl: carrier.trackingUrl(spec.trackingNumber),
    status: {
      milestone: reached,
      exception,
      actionRequired,
      raw: { provider: 'demo', status: last?.code ?? 'pending', message: last?.description ?? null },
    },
    eta: delivered ? null : (spec.eta ?? null),
    events,
    itemIds: [...spec.itemIds],
  };
  if (flag?.cause) shipment.status.cause = flag.cause;
  if (flag?.nextStep) shipment.status.nextStep = { ...flag.nextStep };
  if (delivered) shipment.deliveredAt = getEventTime(clock, spec.carrier, delivered);
  if (spec.pickupPoint && exception === 'available_for_pickup') shipment.pickupPoint = { ...spec.pickupPoint };
  if (last) shipment.updatedAt = clock.instant(last.at);
  return shipment;
}
