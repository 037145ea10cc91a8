import type { LineItem } from '../model/LineItem.js';
import type { Order } from '../model/Order.js';

/**
 * The line of an order a return or report names by id, or `undefined` when the order has no such line (or is not at
 * hand). One lookup for the handler's checks and the records sources build, so both read a line the same way.
 *
 * @example findOrderItem(order, 'li_1') // { id: 'li_1', title: 'Linen shirt', quantity: 2, … }
 */
export function findOrderItem(order: Order | undefined, itemId: string): LineItem | undefined {
  return order?.items.find((candidate) => candidate.id === itemId);
}
