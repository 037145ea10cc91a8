/** Progress steps of a shipment, in order. A parcel only ever moves forward along these. */
export const MILESTONES = [
  'ordered',
  'processing',
  'label_created',
  'in_transit',
  'out_for_delivery',
  'delivered',
] as const;

/** Where a shipment is on its way to the shopper. */
export type Milestone = (typeof MILESTONES)[number];
