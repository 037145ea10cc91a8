/** The stages of an exchange that goes well, in order: the return leg, then the replacement leg. */
export const EXCHANGE_FLOW = [
  'requested',
  'return_in_transit',
  'return_received',
  'replacement_processing',
  'replacement_shipped',
  'replacement_delivered',
] as const;
