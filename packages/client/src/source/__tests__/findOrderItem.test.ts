import { describe, expect, it } from 'vitest';
import type { Order } from '../../model/Order.js';
import { findOrderItem } from '../findOrderItem.js';

describe('findOrderItem', () => {
  const order = {
    items: [
      { id: 'li_1', title: 'Linen shirt', quantity: 2 },
      { id: 'li_2', title: 'Canvas tote', quantity: 1 },
    ],
  } as unknown as Order;

  it('finds the line with that id', () => {
    expect(findOrderItem(order, 'li_2')?.title).toBe('Canvas tote');
  });

  it('finds nothing for an id the order lacks or an order not at hand', () => {
    expect(findOrderItem(order, 'li_9')).toBeUndefined();
    expect(findOrderItem(undefined, 'li_1')).toBeUndefined();
  });
});
