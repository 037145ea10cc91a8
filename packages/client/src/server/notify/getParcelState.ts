import { MILESTONES } from '../../model/Milestone.js';
import type { Shipment } from '../../model/Shipment.js';
import { getCarrierKey } from '../../providers/shared/getCarrierKey.js';
import { getTimeKey } from '../../time/getTimeKey.js';
import { getParcelCarrier } from '../getParcelCarrier.js';
import { getShipmentFreshness } from '../getShipmentFreshness.js';
import type { ParcelState } from './ParcelState.js';

/** A tracking number as parcels are matched on: upper case, no spaces or dashes. */
export const getTrackingKey = (trackingNumber: string): string => trackingNumber.replace(/[\s-]/g, '').toUpperCase();

/**
 * What a notifier remembers of `shipment`: its milestone rank, exception, ETA, carrier and freshness. `previous`
 * keeps the furthest milestone when a late, out-of-order update reports an earlier one, and the carrier when
 * `shipment` names none.
 *
 * @example getParcelState(shipment) // { trackingKey: '1Z999', milestoneRank: 3, exception: null, etaKey: '…' }
 */
export function getParcelState(shipment: Shipment, previous?: ParcelState | null): ParcelState {
  const rank = MILESTONES.indexOf(shipment.status.milestone);
  const eta = shipment.eta;
  const carrier = getParcelCarrier(shipment);
  const known = carrier !== undefined && getCarrierKey(carrier) !== 'unknown' ? carrier : previous?.carrier;
  return {
    trackingKey: getTrackingKey(shipment.trackingNumber),
    milestoneRank: Math.max(rank, previous?.milestoneRank ?? -1),
    exception: shipment.status.exception,
    etaKey: eta ? `${getTimeKey(eta.start)}/${eta.end ? getTimeKey(eta.end) : ''}` : null,
    ...(known === undefined ? {} : { carrier: known }),
    freshness: getShipmentFreshness(shipment),
  };
}
