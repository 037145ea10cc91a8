import { describe, expect, it } from 'vitest';
import * as v from '../../model/validate/validators.js';
import { startReturnInputSchema } from '../startReturnInputSchema.js';
import { getSchemaIssues } from './getSchemaIssues.js';

const parse = v.all(startReturnInputSchema);
const errors = (body: unknown) => getSchemaIssues(startReturnInputSchema, body);

describe('startReturnInputSchema', () => {
  it('keeps the documented fields, trims text and drops unknown keys', () => {
    const body = {
      orderId: ' ord_1 ',
      items: [{ itemId: 'li_1', quantity: 2, reason: ' too_small ', comment: ' tight ', extra: 1 }],
      resolution: 'exchange',
      exchangeFor: [{ itemId: 'li_1', variant: 'M' }],
      extra: true,
    };
    expect(parse(body)).toEqual({
      orderId: 'ord_1',
      items: [{ itemId: 'li_1', quantity: 2, reason: 'too_small', comment: ' tight ' }],
      resolution: 'exchange',
      exchangeFor: [{ itemId: 'li_1', variant: 'M' }],
    });
  });

  it('names each bad field with the message a 400 carries', () => {
    expect(
      errors({ orderId: '', items: [{ itemId: 'li_1', quantity: 0.5, reason: 'x'.repeat(201) }], resolution: 'cash' }),
    ).toEqual([
      'orderId: Required',
      'items.0.quantity: A whole number',
      'items.0.reason: At most 200 characters',
      'resolution: One of refund, exchange, store_credit',
    ]);
  });

  it('bounds the lists', () => {
    expect(errors({ orderId: 'o', items: [], resolution: 'refund' })).toEqual(['items: At least one item']);
    const item = { itemId: 'li_1', quantity: 1, reason: 'r' };
    expect(errors({ orderId: 'o', items: Array(101).fill(item), resolution: 'refund' })).toEqual([
      'items: At most 100 items',
    ]);
    expect(errors({ orderId: 'o', items: 'li_1', resolution: 'refund' })).toEqual(['items: A list']);
  });
});
