import type { LineItem, Order } from '@waypost/client';
import type { MessageKey } from '../i18n/en.js';

/**
 * Why an item of `order` cannot be returned, as a message key: the source's reason (`returnable.reason`, `other`
 * when it gives none), except that an item this order already sent back in an exchange says so ("Already
 * exchanged."), where sources report both a return and an exchange as `already_returned`.
 *
 * @example getIneligibleReason(order.items[1], order) // 'returnFlow.ineligible.already_exchanged'
 */
export function getIneligibleReason(item: LineItem, order: Order): MessageKey {
  const reason = item.returnable?.reason ?? 'other';
  const exchanged =
    reason === 'already_returned' &&
    order.exchanges.some((exchange) => exchange.return.items.some((line) => line.id === item.id));
  return `returnFlow.ineligible.${exchanged ? 'already_exchanged' : reason}`;
}
