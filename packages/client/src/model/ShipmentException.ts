/** Attention flags, independent of progress: a parcel can be `out_for_delivery` and `attempt_failed` at once. */
export const SHIPMENT_EXCEPTIONS = [
  'delayed',
  'attempt_failed',
  'available_for_pickup',
  'exception',
  'returned_to_sender',
  'lost',
  'cancelled',
  'expired',
  'unknown',
] as const;

/** Why a shipment needs attention, if it does. */
export type ShipmentException = (typeof SHIPMENT_EXCEPTIONS)[number];
