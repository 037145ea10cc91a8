import type { StartReturnInput } from '../model/Actions.js';
import type { Order } from '../model/Order.js';
import type { Return } from '../model/Return.js';
import { findOrderItem } from './findOrderItem.js';

/**
 * The items of a return a source just started: each requested line as the order shows it (title, image, price),
 * or by its id alone when the order is not at hand, with the quantity and reason the shopper chose.
 *
 * @example toReturnItems(order, [{ itemId: 'li_1', quantity: 1, reason: 'too_small' }])
 */
export function toReturnItems(order: Order | undefined, requested: StartReturnInput['items']): Return['items'] {
  return requested.map((entry) => {
    const item = findOrderItem(order, entry.itemId);
    return {
      ...(item ?? { id: entry.itemId, title: entry.itemId }),
      quantity: entry.quantity,
      reason: entry.reason,
    };
  });
}
