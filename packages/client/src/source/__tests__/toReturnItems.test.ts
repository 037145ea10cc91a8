import { describe, expect, it } from 'vitest';
import type { Order } from '../../model/Order.js';
import { toReturnItems } from '../toReturnItems.js';

describe('toReturnItems', () => {
  const order = { items: [{ id: 'li_1', title: 'Linen shirt', quantity: 2 }] } as unknown as Order;

  it('takes each requested line from the order, with the shopper’s quantity and reason', () => {
    expect(toReturnItems(order, [{ itemId: 'li_1', quantity: 1, reason: 'too_small' }])).toEqual([
      { id: 'li_1', title: 'Linen shirt', quantity: 1, reason: 'too_small' },
    ]);
  });

  it('names a line by its id when the order is not at hand', () => {
    expect(toReturnItems(undefined, [{ itemId: 'li_9', quantity: 2, reason: 'damaged' }])).toEqual([
      { id: 'li_9', title: 'li_9', quantity: 2, reason: 'damaged' },
    ]);
  });
});
