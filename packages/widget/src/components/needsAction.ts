import type { Shipment } from '@waypost/client';

/**
 * Whether the shopper must act on a parcel (or it has a problem other than running late): such parcels lead an
 * order's view and its count of what "needs your action".
 *
 * @example needsAction({ ...shipment, status: { ...shipment.status, exception: 'delayed' } }) // false
 */
export function needsAction(shipment: Shipment): boolean {
  return (
    shipment.status.actionRequired || (shipment.status.exception !== null && shipment.status.exception !== 'delayed')
  );
}
