import type { MappedStatus } from '../shared/MappedStatus.js';

const delayed = new Set(['Exception_004', 'Exception_005', 'Exception_016', 'Exception_017']);
const returned = new Set(['Exception_010', 'Exception_011']);
const needsAction = new Set(['Exception_006', 'Exception_007', 'Exception_018']);

function mapException(subtag: string | undefined): MappedStatus {
  if (subtag && delayed.has(subtag)) return { milestone: null, exception: 'delayed', actionRequired: false };
  if (subtag && returned.has(subtag))
    return { milestone: null, exception: 'returned_to_sender', actionRequired: false };
  if (subtag === 'Exception_013') return { milestone: null, exception: 'lost', actionRequired: false };
  if (subtag === 'Exception_012') return { milestone: null, exception: 'cancelled', actionRequired: false };
  return { milestone: null, exception: 'exception', actionRequired: Boolean(subtag && needsAction.has(subtag)) };
}

/**
 * Maps an AfterShip `tag` (refined by `subtag`) onto milestone + exception, per the project's taxonomy:
 * `AttemptFail` and `AvailableForPickup` sit at `out_for_delivery` with a flag and need the shopper; `Exception`
 * and `Expired` keep the last milestone; `Pending` beyond `Pending_001` is flagged `unknown`. An unknown tag is
 * kept as `unknown` rather than refused, so a new AfterShip status never breaks tracking pages.
 *
 * @example mapAfterShipTag('Exception', 'Exception_013') // { milestone: null, exception: 'lost', actionRequired: false }
 */
export function mapAfterShipTag(tag: string, subtag?: string): MappedStatus {
  switch (tag) {
    case 'Pending':
      return {
        milestone: 'label_created',
        exception: subtag && subtag !== 'Pending_001' ? 'unknown' : null,
        actionRequired: false,
      };
    case 'InfoReceived':
      return { milestone: 'label_created', exception: null, actionRequired: false };
    case 'InTransit':
      return { milestone: 'in_transit', exception: null, actionRequired: false };
    case 'OutForDelivery':
      return { milestone: 'out_for_delivery', exception: null, actionRequired: false };
    case 'AttemptFail':
      return { milestone: 'out_for_delivery', exception: 'attempt_failed', actionRequired: true };
    case 'AvailableForPickup':
      return { milestone: 'out_for_delivery', exception: 'available_for_pickup', actionRequired: true };
    case 'Delivered':
      return { milestone: 'delivered', exception: null, actionRequired: false };
    case 'Exception':
      return mapException(subtag);
    case 'Expired':
      return { milestone: null, exception: 'expired', actionRequired: false };
    default:
      return { milestone: null, exception: 'unknown', actionRequired: false };
  }
}
