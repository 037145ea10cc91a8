/**
 * The stages every return passes through, in order, before it ends `refunded` or `exchanged` (the stepper the
 * widget draws). `RETURN_STAGES` adds those two and the end states.
 */
export const RETURN_FLOW = ['requested', 'approved', 'label_created', 'in_transit', 'received', 'inspected'] as const;
