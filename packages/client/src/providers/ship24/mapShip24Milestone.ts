import type { MappedStatus } from '../shared/MappedStatus.js';

function mapException(statusCode: string | undefined): MappedStatus {
  const code = statusCode ?? '';
  if (/return/.test(code)) return { milestone: null, exception: 'returned_to_sender', actionRequired: false };
  if (/lost|destroyed|stolen/.test(code)) return { milestone: null, exception: 'lost', actionRequired: false };
  if (/delay/.test(code)) return { milestone: null, exception: 'delayed', actionRequired: false };
  if (/cancel/.test(code)) return { milestone: null, exception: 'cancelled', actionRequired: false };
  return { milestone: null, exception: 'exception', actionRequired: /address|payment|contact|customs/.test(code) };
}

/**
 * Maps a Ship24 `statusMilestone` (refined by `statusCode` for exceptions) onto milestone + exception:
 * `pending` is a tracker without results yet (`label_created` + `unknown`), `failed_attempt` and
 * `available_for_pickup` sit at `out_for_delivery` with a flag, `exception` keeps the last milestone.
 *
 * @example mapShip24Milestone('exception', 'exception_return_to_sender') // { milestone: null, exception: 'returned_to_sender', … }
 */
export function mapShip24Milestone(milestone: string, statusCode?: string): MappedStatus {
  switch (milestone) {
    case 'pending':
      return { milestone: 'label_created', exception: 'unknown', actionRequired: false };
    case 'info_received':
      return { milestone: 'label_created', exception: null, actionRequired: false };
    case 'in_transit':
      return { milestone: 'in_transit', exception: null, actionRequired: false };
    case 'out_for_delivery':
      return { milestone: 'out_for_delivery', exception: null, actionRequired: false };
    case 'failed_attempt':
      return { milestone: 'out_for_delivery', exception: 'attempt_failed', actionRequired: true };
    case 'available_for_pickup':
      return { milestone: 'out_for_delivery', exception: 'available_for_pickup', actionRequired: true };
    case 'delivered':
      return { milestone: 'delivered', exception: null, actionRequired: false };
    case 'exception':
      return mapException(statusCode);
    default:
      return { milestone: null, exception: 'unknown', actionRequired: false };
  }
}
