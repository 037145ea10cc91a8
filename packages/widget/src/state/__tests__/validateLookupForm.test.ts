import { describe, expect, it } from 'vitest';
import { type LookupFormValues, validateLookupForm } from '../validateLookupForm.js';

const values = (patch: Partial<LookupFormValues>): LookupFormValues => ({
  method: 'order',
  orderNumber: '',
  contact: '',
  trackingNumber: '',
  carrier: '',
  ...patch,
});

describe('validateLookupForm', () => {
  it('builds an email lookup when the contact field holds an @', () => {
    expect(validateLookupForm(values({ orderNumber: ' W1001 ', contact: 'shopper@example.com ' }))).toEqual({
      query: { orderNumber: 'W1001', email: 'shopper@example.com' },
    });
  });

  it('builds a postal-code lookup otherwise', () => {
    expect(validateLookupForm(values({ orderNumber: 'W1001', contact: '94107' })).query).toEqual({
      orderNumber: 'W1001',
      postalCode: '94107',
    });
  });

  it('names every empty required field', () => {
    expect(validateLookupForm(values({})).errors).toEqual({
      orderNumber: 'form.orderNumberRequired',
      contact: 'form.contactRequired',
    });
  });

  it('rejects a malformed email', () => {
    expect(validateLookupForm(values({ orderNumber: 'W1', contact: 'shopper@example' })).errors).toEqual({
      contact: 'form.invalidEmail',
    });
  });

  it('sends the carrier only when one is given', () => {
    expect(validateLookupForm(values({ method: 'tracking', trackingNumber: '1Z9' })).query).toEqual({
      trackingNumber: '1Z9',
    });
    expect(validateLookupForm(values({ method: 'tracking', trackingNumber: '1Z9', carrier: 'ups' })).query).toEqual({
      trackingNumber: '1Z9',
      carrier: 'ups',
    });
    expect(validateLookupForm(values({ method: 'tracking' })).errors).toEqual({
      trackingNumber: 'form.trackingNumberRequired',
    });
  });
});
