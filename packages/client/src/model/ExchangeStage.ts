/** Stages of an exchange: the return leg, then the replacement leg; `cancelled` and `rejected` are end states. */
export const EXCHANGE_STAGES = [
  'requested',
  'return_in_transit',
  'return_received',
  'replacement_processing',
  'replacement_shipped',
  'replacement_delivered',
  'cancelled',
  'rejected',
] as const;

/** Where an exchange is, over both of its legs. */
export type ExchangeStage = (typeof EXCHANGE_STAGES)[number];
