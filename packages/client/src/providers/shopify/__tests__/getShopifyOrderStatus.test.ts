import { describe, expect, it } from 'vitest';
import { getShopifyOrderStatus } from '../getShopifyOrderStatus.js';

describe('getShopifyOrderStatus', () => {
  it('is as far along as its least advanced part', () => {
    const shipments = [
      { milestone: 'delivered', exception: null },
      { milestone: 'out_for_delivery', exception: null },
    ] as const;
    expect(getShopifyOrderStatus({ shipments, unshipped: null, cancelled: false })).toEqual({
      milestone: 'out_for_delivery',
      exception: null,
    });
    expect(getShopifyOrderStatus({ shipments, unshipped: 'processing', cancelled: false }).milestone).toBe(
      'processing',
    );
  });

  it('raises the most pressing exception of its shipments', () => {
    const shipments = [
      { milestone: 'in_transit', exception: 'delayed' },
      { milestone: 'out_for_delivery', exception: 'attempt_failed' },
      { milestone: 'in_transit', exception: null },
    ] as const;
    expect(getShopifyOrderStatus({ shipments, unshipped: null, cancelled: false }).exception).toBe('attempt_failed');
  });

  it('is cancelled when the order was, and done when nothing needs shipping', () => {
    expect(getShopifyOrderStatus({ shipments: [], unshipped: 'ordered', cancelled: true })).toEqual({
      milestone: 'ordered',
      exception: 'cancelled',
    });
    expect(getShopifyOrderStatus({ shipments: [], unshipped: null, cancelled: false })).toEqual({
      milestone: 'delivered',
      exception: null,
    });
  });
});
