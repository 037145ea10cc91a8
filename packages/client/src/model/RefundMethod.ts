/** How a refund is paid out. */
export const REFUND_METHODS = ['original_payment', 'store_credit', 'gift_card', 'exchange', 'other'] as const;

/** One of `REFUND_METHODS`. */
export type RefundMethod = (typeof REFUND_METHODS)[number];
