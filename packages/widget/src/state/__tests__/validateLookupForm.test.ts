import { LOOKUP_LIMITS } from '@waypost/client';
import { createHandler, demoSource } from '@waypost/client/server';
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
      orderNumber: { key: 'form.orderNumberRequired' },
      contact: { key: 'form.contactRequired' },
    });
  });

  it('rejects a malformed email', () => {
    expect(validateLookupForm(values({ orderNumber: 'W1', contact: 'shopper@example' })).errors).toEqual({
      contact: { key: 'form.invalidEmail' },
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
      trackingNumber: { key: 'form.trackingNumberRequired' },
    });
  });

  it('refuses a value longer than the protocol takes, naming the limit', () => {
    expect(validateLookupForm(values({ orderNumber: 'W'.repeat(20_000), contact: '94107' })).errors).toEqual({
      orderNumber: { key: 'form.tooLong', params: { count: 64 } },
    });
    expect(validateLookupForm(values({ orderNumber: 'W1', contact: '1'.repeat(17) })).errors).toEqual({
      contact: { key: 'form.tooLong', params: { count: 16 } },
    });
    expect(
      validateLookupForm(values({ method: 'tracking', trackingNumber: '1Z', carrier: 'u'.repeat(65) })).errors,
    ).toEqual({ carrier: { key: 'form.tooLong', params: { count: 64 } } });
    // Spaces around a value are not part of it.
    expect(validateLookupForm(values({ orderNumber: ` ${'W'.repeat(64)} `, contact: '94107' })).query).toBeDefined();
  });

  it('takes only letters A–Z, digits, spaces and hyphens in a postal code or tracking number', () => {
    expect(validateLookupForm(values({ orderNumber: 'הזמנה', contact: 'קוד' })).errors).toEqual({
      contact: { key: 'form.invalidCharacters' },
    });
    expect(validateLookupForm(values({ method: 'tracking', trackingNumber: '1Z/999' })).errors).toEqual({
      trackingNumber: { key: 'form.invalidCharacters' },
    });
    expect(validateLookupForm(values({ orderNumber: 'W1', contact: 'SW1A 1AA' })).query).toEqual({
      orderNumber: 'W1',
      postalCode: 'SW1A 1AA',
    });
  });

  it('accepts exactly what the protocol’s handler accepts, at and past each limit', async () => {
    const handler = createHandler({
      source: demoSource(),
      secret: 'unit-test-secret-0123456789abcdef',
      rateLimit: false,
    });
    const cases: LookupFormValues[] = [
      values({ orderNumber: 'W'.repeat(LOOKUP_LIMITS.orderNumber), contact: '94107' }),
      values({ orderNumber: 'W'.repeat(LOOKUP_LIMITS.orderNumber + 1), contact: '94107' }),
      values({ orderNumber: 'הזמנה', contact: '94107' }),
      values({ orderNumber: 'W1', contact: '9'.repeat(LOOKUP_LIMITS.postalCode) }),
      values({ orderNumber: 'W1', contact: '9'.repeat(LOOKUP_LIMITS.postalCode + 1) }),
      values({ orderNumber: 'W1', contact: 'קוד' }),
      values({ orderNumber: 'W1', contact: '-94107' }),
      values({ orderNumber: 'W1', contact: `${'a'.repeat(LOOKUP_LIMITS.email - 12)}@example.com` }),
      values({ orderNumber: 'W1', contact: `${'a'.repeat(LOOKUP_LIMITS.email - 11)}@example.com` }),
      values({ method: 'tracking', trackingNumber: '1'.repeat(LOOKUP_LIMITS.trackingNumber) }),
      values({ method: 'tracking', trackingNumber: '1'.repeat(LOOKUP_LIMITS.trackingNumber + 1) }),
      values({ method: 'tracking', trackingNumber: '1Z 999-AA' }),
      values({ method: 'tracking', trackingNumber: '1Z_999' }),
      values({ method: 'tracking', trackingNumber: '1Z', carrier: 'u'.repeat(LOOKUP_LIMITS.carrier) }),
      values({ method: 'tracking', trackingNumber: '1Z', carrier: 'u'.repeat(LOOKUP_LIMITS.carrier + 1) }),
    ];
    for (const each of cases) {
      const check = validateLookupForm(each);
      // What the form would send; for refused values, the query they would have made.
      const body =
        check.query ??
        (each.method === 'tracking'
          ? { trackingNumber: each.trackingNumber, ...(each.carrier ? { carrier: each.carrier } : {}) }
          : { orderNumber: each.orderNumber, [each.contact.includes('@') ? 'email' : 'postalCode']: each.contact });
      const response = await handler(
        new Request('http://shop.test/lookup', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
      expect(response.status === 400, JSON.stringify(body).slice(0, 80)).toBe(check.query === undefined);
    }
  });
});
