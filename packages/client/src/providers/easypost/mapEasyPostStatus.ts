import type { MappedStatus } from '../shared/MappedStatus.js';

const keep = (exception: MappedStatus['exception'], actionRequired = false): MappedStatus => ({
  milestone: null,
  exception,
  actionRequired,
});

function mapStatus(status: string): MappedStatus {
  switch (status) {
    case 'pre_transit':
      return { milestone: 'label_created', exception: null, actionRequired: false };
    case 'in_transit':
      return { milestone: 'in_transit', exception: null, actionRequired: false };
    case 'out_for_delivery':
      return { milestone: 'out_for_delivery', exception: null, actionRequired: false };
    case 'available_for_pickup':
      return { milestone: 'out_for_delivery', exception: 'available_for_pickup', actionRequired: true };
    case 'delivered':
      return { milestone: 'delivered', exception: null, actionRequired: false };
    case 'return_to_sender':
      return keep('returned_to_sender');
    case 'failure':
      return keep('exception');
    case 'cancelled':
      return keep('cancelled');
    // `error` is a tracking error (invalid code, or a real number in test mode), not a parcel state.
    default:
      return keep('unknown');
  }
}

/**
 * Maps an EasyPost tracker or tracking-detail `status`, refined by `status_detail`, onto milestone + exception.
 * `status_detail` only refines a parcel that is not delivered: delays flag `delayed`, `lost` → `lost`,
 * `refused`/`return` → `returned_to_sender`, and holds or address problems flag `exception` with
 * `actionRequired`. `error`, `unknown` and unknown values map to `unknown` (kept, never refused).
 *
 * @example mapEasyPostStatus('failure', 'lost') // { milestone: null, exception: 'lost', actionRequired: false }
 */
export function mapEasyPostStatus(status: string, statusDetail?: string): MappedStatus {
  const mapped = mapStatus(status);
  if (status === 'delivered' || !statusDetail) return mapped;
  switch (statusDetail) {
    case 'delayed':
    case 'weather_delay':
      return {
        ...mapped,
        exception: mapped.exception === 'exception' || !mapped.exception ? 'delayed' : mapped.exception,
      };
    case 'lost':
      return { ...mapped, exception: 'lost' };
    case 'refused':
    case 'return':
      return { ...mapped, exception: 'returned_to_sender' };
    case 'held':
    case 'address_correction':
    case 'awaiting_information':
      return { ...mapped, exception: 'exception', actionRequired: true };
    default:
      return mapped;
  }
}
