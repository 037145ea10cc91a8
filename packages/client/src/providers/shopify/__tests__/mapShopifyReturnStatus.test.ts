import { describe, expect, it } from 'vitest';
import { mapShopifyReturnStatus, type ShopifyReturnProgress } from '../mapShopifyReturnStatus.js';

const nothing: ShopifyReturnProgress = {
  labelled: false,
  received: false,
  inspected: false,
  refunded: false,
  exchanged: false,
};

describe('mapShopifyReturnStatus', () => {
  it.each([
    ['REQUESTED', nothing, 'requested'],
    ['OPEN', nothing, 'approved'],
    ['OPEN', { ...nothing, labelled: true }, 'label_created'],
    ['OPEN', { ...nothing, labelled: true, received: true }, 'received'],
    ['OPEN', { ...nothing, received: true, inspected: true }, 'inspected'],
    ['DECLINED', nothing, 'rejected'],
    ['CANCELED', nothing, 'cancelled'],
    ['CLOSED', nothing, 'received'],
    ['CLOSED', { ...nothing, inspected: true }, 'inspected'],
    ['CLOSED', { ...nothing, refunded: true }, 'refunded'],
    ['CLOSED', { ...nothing, refunded: true, exchanged: true }, 'exchanged'],
    [undefined, { ...nothing, labelled: true }, 'requested'],
  ] as const)('maps %s with %o onto %s', (status, progress, stage) => {
    expect(mapShopifyReturnStatus(status, progress)).toBe(stage);
  });
});
