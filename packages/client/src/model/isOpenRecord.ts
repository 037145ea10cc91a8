import type { Exchange } from './Exchange.js';
import type { Return } from './Return.js';

/** Stages after which a return or an exchange no longer needs the shopper's eye. */
const ENDED: readonly string[] = ['refunded', 'exchanged', 'rejected', 'cancelled', 'expired', 'replacement_delivered'];

/**
 * True while a return or an exchange is still under way: not refunded, exchanged, rejected, cancelled or expired,
 * and not a replacement already delivered. An open record is what a shopper comes back for, so views lead with it.
 *
 * @example order.returns.filter(isOpenRecord) // the returns still on their way
 */
export function isOpenRecord({ stage }: Pick<Return | Exchange, 'stage'>): boolean {
  return !ENDED.includes(stage);
}
