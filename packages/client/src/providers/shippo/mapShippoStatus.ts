import type { MappedStatus } from '../shared/MappedStatus.js';

const needsAction = new Set([
  'address_issue',
  'contact_carrier',
  'location_inaccessible',
  'package_held',
  'package_damaged',
]);

function mapTransit(substatus: string | undefined, actionRequired: boolean | undefined): MappedStatus {
  const status = (milestone: MappedStatus['milestone'], exception: MappedStatus['exception'], action = false) => ({
    milestone,
    exception,
    actionRequired: actionRequired ?? action,
  });
  if (substatus === 'out_for_delivery') return status('out_for_delivery', null);
  if (substatus === 'delayed') return status('in_transit', 'delayed');
  if (substatus === 'delivery_attempted' || substatus === 'notice_left')
    return status('out_for_delivery', 'attempt_failed', true);
  if (substatus === 'pickup_available') return status('out_for_delivery', 'available_for_pickup', true);
  if (substatus && needsAction.has(substatus)) return status('in_transit', 'exception', true);
  return status('in_transit', null);
}

/**
 * Maps a Shippo `status` + `substatus.code` onto milestone + exception, keyed on the code (as Shippo advises),
 * never on `status_details` prose. `substatus.action_required`, when sent, decides `actionRequired`.
 * `UNKNOWN` is how older API versions report "label created, awaiting the item": with a history it is plain
 * `label_created`; without one it is flagged `unknown`.
 *
 * @example mapShippoStatus('TRANSIT', 'delivery_attempted') // { milestone: 'out_for_delivery', exception: 'attempt_failed', actionRequired: true }
 */
export function mapShippoStatus(
  status: string,
  substatus?: string,
  options: { actionRequired?: boolean | undefined; hasHistory?: boolean } = {},
): MappedStatus {
  const actionRequired = options.actionRequired;
  switch (status) {
    case 'PRE_TRANSIT':
      return { milestone: 'label_created', exception: null, actionRequired: actionRequired ?? false };
    case 'TRANSIT':
      return mapTransit(substatus, actionRequired);
    case 'DELIVERED':
      return { milestone: 'delivered', exception: null, actionRequired: false };
    case 'RETURNED':
      return { milestone: null, exception: 'returned_to_sender', actionRequired: actionRequired ?? false };
    case 'FAILURE':
      return {
        milestone: null,
        exception: substatus === 'package_lost' ? 'lost' : 'exception',
        actionRequired: actionRequired ?? false,
      };
    case 'UNKNOWN':
      return { milestone: 'label_created', exception: options.hasHistory ? null : 'unknown', actionRequired: false };
    default:
      return { milestone: null, exception: 'unknown', actionRequired: false };
  }
}
