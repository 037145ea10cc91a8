import type { MappedStatus } from '../shared/MappedStatus.js';

const byStatus = new Map(
  Object.entries<MappedStatus>({
    pending: { milestone: 'label_created', exception: null, actionRequired: false },
    unknown: { milestone: null, exception: 'unknown', actionRequired: false },
    on_hold: { milestone: null, exception: 'exception', actionRequired: true },
    cancelled: { milestone: null, exception: 'cancelled', actionRequired: false },
    delivered: { milestone: 'delivered', exception: null, actionRequired: false },
    in_transit: { milestone: 'in_transit', exception: null, actionRequired: false },
    delivery_delayed: { milestone: null, exception: 'delayed', actionRequired: false },
    out_for_delivery: { milestone: 'out_for_delivery', exception: null, actionRequired: false },
    ready_for_pickup: { milestone: 'out_for_delivery', exception: 'available_for_pickup', actionRequired: true },
    delivery_failed: { milestone: 'out_for_delivery', exception: 'attempt_failed', actionRequired: false },
    return_to_sender: { milestone: null, exception: 'returned_to_sender', actionRequired: false },
  }),
);

/**
 * Translates a Karrio `TrackerStatus` (tracker or event `status`) onto a milestone and an exception. Statuses
 * this version does not know map to `exception: 'unknown'` with the milestone kept.
 *
 * @example mapKarrioStatus('ready_for_pickup') // { milestone: 'out_for_delivery', exception: 'available_for_pickup', actionRequired: true }
 * @example mapKarrioStatus('delivery_delayed') // { milestone: null, exception: 'delayed', actionRequired: false }
 */
export function mapKarrioStatus(status: string): MappedStatus {
  return byStatus.get(status) ?? { milestone: null, exception: 'unknown', actionRequired: false };
}
