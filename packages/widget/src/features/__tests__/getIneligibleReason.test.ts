import type { LineItem, Order } from '@waypost/client';
import { describe, expect, it } from 'vitest';
import { actionOrderResult, sampleExchange, sampleReturn } from '../../__tests__/sampleReturns.js';
import { getIneligibleReason } from '../getIneligibleReason.js';

const order = (patch: Partial<Order> = {}): Order => {
  const result = actionOrderResult(patch);
  if (result.kind !== 'order') throw new Error('[waypost] not an order');
  return result.order;
};
const item = (reason?: NonNullable<LineItem['returnable']>['reason']): LineItem => ({
  id: 'li_1',
  title: 'Trail Runner',
  quantity: 1,
  returnable: { eligible: false, ...(reason ? { reason } : {}) },
});

describe('getIneligibleReason', () => {
  it('says the source’s reason', () => {
    expect(getIneligibleReason(item('window_closed'), order())).toBe('returnFlow.ineligible.window_closed');
    expect(getIneligibleReason(item('not_delivered'), order())).toBe('returnFlow.ineligible.not_delivered');
  });

  it('says "other" when the source gives no reason', () => {
    expect(getIneligibleReason(item(), order())).toBe('returnFlow.ineligible.other');
  });

  it('says exchanged for an item this order sent back in an exchange', () => {
    const exchanged = order({ exchanges: [sampleExchange()], returns: [] });
    expect(getIneligibleReason(item('already_returned'), exchanged)).toBe('returnFlow.ineligible.already_exchanged');
  });

  it('keeps "returned" for an item sent back in a return, or in an exchange of other items', () => {
    const returned = order({ returns: [sampleReturn()], exchanges: [] });
    expect(getIneligibleReason(item('already_returned'), returned)).toBe('returnFlow.ineligible.already_returned');
    const other = order({ exchanges: [sampleExchange({ return: sampleReturn({ items: [] }) })] });
    expect(getIneligibleReason(item('already_returned'), other)).toBe('returnFlow.ineligible.already_returned');
  });
});
