/** Stages of a return, in order; `rejected`, `cancelled` and `expired` are end states. */
export const RETURN_STAGES = [
  'requested',
  'approved',
  'label_created',
  'in_transit',
  'received',
  'inspected',
  'refunded',
  'exchanged',
  'rejected',
  'cancelled',
  'expired',
] as const;

/** Where a return is. */
export type ReturnStage = (typeof RETURN_STAGES)[number];
