import type { ReturnStage } from '../../model/ReturnStage.js';

/** What a Shopify return's stage is read from, besides its `ReturnStatus`. */
export interface ShopifyReturnProgress {
  /** A reverse delivery has a label or a tracking number. */
  labelled: boolean;
  /** Every reverse fulfillment order is `CLOSED` (the parcel was received). */
  received: boolean;
  /** A disposition (restock, not restock, …) was recorded for a returned item. */
  inspected: boolean;
  refunded: boolean;
  exchanged: boolean;
}

/**
 * Translates a Shopify `ReturnStatus` into a return stage, refined by what the return document shows:
 * REQUESTED → requested; OPEN → approved, then label_created (a reverse delivery has a label or tracking),
 * received (reverse fulfillment orders closed), inspected (dispositions recorded); DECLINED → rejected;
 * CANCELED → cancelled; CLOSED → exchanged (exchange items), refunded (refunds), else received. A document
 * without a status (a partial selection) is `requested`. Shopify itself knows no carrier status of the
 * return parcel, so `in_transit` only comes from a tracking provider.
 *
 * @example mapShopifyReturnStatus('OPEN', { labelled: true, received: false, inspected: false, refunded: false, exchanged: false }) // 'label_created'
 */
export function mapShopifyReturnStatus(status: string | undefined, progress: ShopifyReturnProgress): ReturnStage {
  switch (status?.toUpperCase()) {
    case 'DECLINED':
      return 'rejected';
    case 'CANCELED':
    case 'CANCELLED':
      return 'cancelled';
    case 'CLOSED':
      return progress.exchanged
        ? 'exchanged'
        : progress.refunded
          ? 'refunded'
          : progress.inspected
            ? 'inspected'
            : 'received';
    case 'OPEN':
      if (progress.inspected) return 'inspected';
      if (progress.received) return 'received';
      return progress.labelled ? 'label_created' : 'approved';
    default:
      return 'requested';
  }
}
