import type { Money } from './Money.js';
import type { TimeValue } from './TimeValue.js';

/** A product line of an order, a return or a replacement. */
export interface LineItem {
  id: string;
  title: string;
  /** Variant text (`Blue / M`). */
  variant?: string;
  sku?: string;
  quantity: number;
  /** Product image (http/https). */
  imageUrl?: string;
  price?: Money;
  /**
   * The variants (`variant` texts) the store can send in exchange for this item, as the source offers them; the
   * widget lets the shopper pick one rather than type it. Absent or empty: no exchange for another variant.
   */
  exchangeVariants?: string[];
  /** Whether a return can still be started for it, and why not when it cannot. */
  returnable?: {
    eligible: boolean;
    reason?: 'window_closed' | 'final_sale' | 'already_returned' | 'not_delivered' | 'other';
    /** Last day a return can be started. */
    until?: TimeValue;
  };
}
