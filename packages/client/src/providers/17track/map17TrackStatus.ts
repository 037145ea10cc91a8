import type { MappedStatus } from '../shared/MappedStatus.js';

const byStatus = new Map(
  Object.entries<MappedStatus>({
    NotFound: { milestone: null, exception: 'unknown', actionRequired: false },
    InfoReceived: { milestone: 'label_created', exception: null, actionRequired: false },
    InTransit: { milestone: 'in_transit', exception: null, actionRequired: false },
    Expired: { milestone: null, exception: 'expired', actionRequired: false },
    AvailableForPickup: { milestone: 'out_for_delivery', exception: 'available_for_pickup', actionRequired: true },
    OutForDelivery: { milestone: 'out_for_delivery', exception: null, actionRequired: false },
    DeliveryFailure: { milestone: 'out_for_delivery', exception: 'attempt_failed', actionRequired: false },
    Delivered: { milestone: 'delivered', exception: null, actionRequired: false },
    Exception: { milestone: null, exception: 'exception', actionRequired: false },
  }),
);

// Sub-statuses that refine the main status; the rest keep what their main status says.
const bySubStatus = new Map(
  Object.entries<Partial<MappedStatus>>({
    InTransit_CustomsRequiringInformation: { exception: 'exception', actionRequired: true },
    DeliveryFailure_InvalidAddress: { actionRequired: true },
    Exception_Returning: { exception: 'returned_to_sender' },
    Exception_Returned: { exception: 'returned_to_sender' },
    Exception_Lost: { exception: 'lost' },
    Exception_Destroyed: { exception: 'lost' },
    Exception_Delayed: { exception: 'delayed' },
    Exception_Cancel: { exception: 'cancelled' },
    Exception_Security: { actionRequired: true },
  }),
);

/**
 * Translates 17TRACK's `latest_status.status` and `sub_status` (v2.2 / v2.4) onto a milestone and an exception.
 * An unknown status maps to `exception: 'unknown'` with the milestone kept, rather than guessed.
 *
 * @example map17TrackStatus('DeliveryFailure', 'DeliveryFailure_InvalidAddress')
 * // { milestone: 'out_for_delivery', exception: 'attempt_failed', actionRequired: true }
 * @example map17TrackStatus('Exception', 'Exception_Returned') // { milestone: null, exception: 'returned_to_sender', … }
 */
export function map17TrackStatus(status: string, subStatus?: string | null): MappedStatus {
  const main = byStatus.get(status) ?? { milestone: null, exception: 'unknown', actionRequired: false };
  const refinement = subStatus ? bySubStatus.get(subStatus) : undefined;
  return { ...main, ...refinement };
}
