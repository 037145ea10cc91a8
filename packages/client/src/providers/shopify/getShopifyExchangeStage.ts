import type { ExchangeStage } from '../../model/ExchangeStage.js';
import type { ReturnStage } from '../../model/ReturnStage.js';
import type { Shipment } from '../../model/Shipment.js';

const afterReceipt: ReturnStage[] = ['received', 'inspected', 'refunded', 'exchanged'];

/**
 * An exchange's stage over both legs: the replacement's shipment when there is one (shipped or delivered — a
 * merchant may ship before the return arrives), otherwise the return leg: rejected / cancelled end it, a
 * received return means the replacement is being prepared, a parcel on its way back is `return_in_transit`.
 *
 * @example getShopifyExchangeStage('received', null) // 'replacement_processing'
 */
export function getShopifyExchangeStage(stage: ReturnStage, replacement: Shipment | null): ExchangeStage {
  if (stage === 'rejected') return 'rejected';
  // A return never sent back ends the exchange as surely as a cancelled one.
  if (stage === 'cancelled' || stage === 'expired') return 'cancelled';
  if (replacement && replacement.status.exception !== 'cancelled') {
    if (replacement.status.milestone === 'delivered') return 'replacement_delivered';
    if (replacement.status.milestone === 'in_transit' || replacement.status.milestone === 'out_for_delivery')
      return 'replacement_shipped';
    return 'replacement_processing';
  }
  if (afterReceipt.includes(stage)) return 'replacement_processing';
  return stage === 'in_transit' ? 'return_in_transit' : 'requested';
}
