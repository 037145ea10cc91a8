import { describe, expect, it } from 'vitest';
import { mapFieldErrors } from '../mapFieldErrors.js';

describe('mapFieldErrors', () => {
  it('puts each rule of the protocol under the form field it concerns, in its own words', () => {
    expect(
      mapFieldErrors(
        [
          { field: 'orderNumber', message: 'At most 64 characters' },
          { field: 'postalCode', message: 'Letters, digits, spaces and hyphens only' },
        ],
        { orderNumber: 'W'.repeat(70), postalCode: 'קוד' },
      ),
    ).toEqual({
      errors: {
        orderNumber: { key: 'form.tooLong', params: { count: 64 } },
        contact: { key: 'form.invalidCharacters' },
      },
      general: false,
    });
  });

  it('reads an email, a missing value and a tracking number by their rules', () => {
    expect(
      mapFieldErrors([{ field: 'email', message: 'An email address' }], { orderNumber: 'W1', email: 'a@b' }).errors,
    ).toEqual({ contact: { key: 'form.invalidEmail' } });
    expect(mapFieldErrors([{ field: 'trackingNumber', message: 'Required' }], { trackingNumber: ' ' }).errors).toEqual({
      trackingNumber: { key: 'form.trackingNumberRequired' },
    });
  });

  it('says a field was not accepted when its rule is one the widget does not know', () => {
    expect(
      mapFieldErrors([{ field: 'carrier', message: 'Not valid text' }], { trackingNumber: '1Z', carrier: '\ud800' }),
    ).toEqual({ errors: { carrier: { key: 'form.invalidField' } }, general: false });
  });

  it('keeps the first message of a field named twice', () => {
    expect(
      mapFieldErrors(
        [
          { field: 'orderNumber', message: 'Required' },
          { field: 'orderNumber', message: 'At most 64 characters' },
        ],
        { orderNumber: '', email: 'a@b.co' },
      ).errors,
    ).toEqual({ orderNumber: { key: 'form.orderNumberRequired' } });
  });

  it('makes a general message of a field the query did not send, the whole body, or no field at all', () => {
    const query = { orderNumber: 'W1', email: 'a@b.co' };
    expect(mapFieldErrors([{ field: 'trackingNumber', message: 'Required' }], query)).toEqual({
      errors: {},
      general: true,
    });
    expect(mapFieldErrors([{ field: '', message: 'An object' }], query).general).toBe(true);
    expect(mapFieldErrors([{ field: 'constructor', message: 'Required' }], query).general).toBe(true);
    expect(mapFieldErrors([], query)).toEqual({ errors: {}, general: true });
    expect(mapFieldErrors([{ field: 'token', message: 'At most 2048 characters' }], { token: 'x' })).toEqual({
      errors: {},
      general: true,
    });
  });
});
