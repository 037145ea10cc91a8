import type { Order } from '@waypost/client';
import { describe, expect, it } from 'vitest';
import { actionOrderResult } from '../../__tests__/sampleReturns.js';
import { type ReturnLine, validateReturnForm } from '../validateReturnForm.js';

const order = (actionOrderResult() as { order: Order }).order;
const line = (patch: Partial<ReturnLine> = {}): ReturnLine => ({
  selected: true,
  quantity: 1,
  reason: 'too_small',
  variant: '',
  ...patch,
});

describe('validateReturnForm', () => {
  it('builds the request from the picked lines', () => {
    const check = validateReturnForm(order, {
      lines: { li_1: line(), li_2: line({ quantity: 2, reason: 'changed_mind' }) },
      resolution: 'store_credit',
    });
    expect(check.input).toEqual({
      orderId: 'ord_1',
      items: [
        { itemId: 'li_1', quantity: 1, reason: 'too_small' },
        { itemId: 'li_2', quantity: 2, reason: 'changed_mind' },
      ],
      resolution: 'store_credit',
    });
  });

  it('asks for at least one item', () => {
    expect(validateReturnForm(order, { lines: {}, resolution: 'refund' }).errors).toEqual({
      items: 'returnFlow.pickItem',
    });
  });

  it('asks for a reason per picked item', () => {
    const check = validateReturnForm(order, { lines: { li_1: line({ reason: '' }) }, resolution: 'refund' });
    expect(check.errors).toEqual({ 'li_1.reason': 'returnFlow.pickReason' });
  });

  it('asks for the wanted variant of each item in an exchange, one the source offers, and sends it', () => {
    const missing = validateReturnForm(order, { lines: { li_1: line() }, resolution: 'exchange' });
    expect(missing.errors).toEqual({ 'li_1.variant': 'returnFlow.pickVariant' });
    const unknown = validateReturnForm(order, {
      lines: { li_1: line({ variant: 'Green / 44' }) },
      resolution: 'exchange',
    });
    expect(unknown.errors).toEqual({ 'li_1.variant': 'returnFlow.pickVariant' });
    const done = validateReturnForm(order, {
      lines: { li_1: line({ variant: 'Blue / 43' }) },
      resolution: 'exchange',
    });
    expect(done.input?.exchangeFor).toEqual([{ itemId: 'li_1', variant: 'Blue / 43' }]);
  });

  it('says an item the source offers no other variant of cannot be exchanged', () => {
    const check = validateReturnForm(order, { lines: { li_2: line() }, resolution: 'exchange' });
    expect(check.errors).toEqual({ 'li_2.variant': 'returnFlow.noVariants' });
  });

  it('keeps quantities within what was bought, and never sends ineligible items', () => {
    const check = validateReturnForm(order, {
      lines: { li_2: line({ quantity: 9 }), li_3: line(), li_4: line() },
      resolution: 'refund',
    });
    expect(check.input?.items).toEqual([{ itemId: 'li_2', quantity: 2, reason: 'too_small' }]);
    expect(validateReturnForm(order, { lines: { li_3: line() }, resolution: 'refund' }).errors).toEqual({
      items: 'returnFlow.pickItem',
    });
  });
});
