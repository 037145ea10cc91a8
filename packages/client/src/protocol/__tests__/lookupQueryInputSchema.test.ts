import { describe, expect, it } from 'vitest';
import * as v from '../../model/validate/validators.js';
import { LOOKUP_FORMS_MESSAGE, lookupQueryInputSchema } from '../lookupQueryInputSchema.js';
import { getSchemaIssues } from './getSchemaIssues.js';

const parse = v.all(lookupQueryInputSchema);
const issues = (body: unknown) => getSchemaIssues(lookupQueryInputSchema, body);

describe('lookupQueryInputSchema', () => {
  it('reads each lookup form, trimmed', () => {
    expect(parse({ orderNumber: ' W1001 ', email: 'shopper@example.com ' })).toEqual({
      orderNumber: 'W1001',
      email: 'shopper@example.com',
    });
    expect(parse({ orderNumber: 'W1001', postalCode: '94107' })).toEqual({ orderNumber: 'W1001', postalCode: '94107' });
    expect(parse({ trackingNumber: '1Z 999', carrier: 'ups' })).toEqual({ trackingNumber: '1Z 999', carrier: 'ups' });
    expect(parse({ trackingNumber: '1Z999' })).toEqual({ trackingNumber: '1Z999' });
    expect(parse({ token: 'a.b' })).toEqual({ token: 'a.b' });
  });

  it('refuses a body that is no single form at its root', () => {
    for (const body of [
      {},
      { orderNumber: 'W1' },
      { token: 't', trackingNumber: '1' },
      { email: 'a@b.co', postalCode: '1' },
    ]) {
      expect(issues(body), JSON.stringify(body)).toEqual([`: ${LOOKUP_FORMS_MESSAGE}`]);
    }
  });

  it('lists keys foreign to the form, then every bad field', () => {
    expect(issues({ orderNumber: ' ', email: 'shopper@', carrier: 'ups' })).toEqual([
      'carrier: Not allowed with this lookup form',
      'orderNumber: Required',
      'email: An email address',
    ]);
    expect(issues({ orderNumber: 'W1', postalCode: '94 107!' })).toEqual([
      'postalCode: Letters, digits, spaces and hyphens only',
    ]);
  });

  it('refuses text that is too long or not well-formed', () => {
    expect(issues({ trackingNumber: 'x'.repeat(65) })).toEqual(['trackingNumber: At most 64 characters']);
    expect(issues({ token: 'a\ud800' })).toEqual(['token: Not valid text']);
  });
});
