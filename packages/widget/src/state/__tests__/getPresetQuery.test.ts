import { describe, expect, it } from 'vitest';
import { getDeepLinkToken } from '../getDeepLinkToken.js';
import { getPresetQuery } from '../getPresetQuery.js';

describe('getPresetQuery', () => {
  it('prefers a token option, then the URL token', () => {
    expect(getPresetQuery({ token: 'a', order: 'W1', email: 'x@y.z' }, 'b')).toEqual({ token: 'a' });
    expect(getPresetQuery({ order: 'W1', email: 'x@y.z' }, 'b')).toEqual({ token: 'b' });
  });

  it('ignores the URL token when urlToken is false', () => {
    expect(getPresetQuery({ urlToken: false }, 'b')).toBeNull();
  });

  it('looks an order up straight away only with email or postal code', () => {
    expect(getPresetQuery({ order: 'W1' })).toBeNull();
    expect(getPresetQuery({ order: 'W1', postalCode: '94107' })).toEqual({ orderNumber: 'W1', postalCode: '94107' });
  });

  it('looks a tracking number up with its optional carrier', () => {
    expect(getPresetQuery({ trackingNumber: '1Z', carrier: 'ups' })).toEqual({ trackingNumber: '1Z', carrier: 'ups' });
  });
});

describe('getDeepLinkToken', () => {
  it('reads ?waypost_token= from a query string', () => {
    expect(getDeepLinkToken('?utm=x&waypost_token=abc.def')).toBe('abc.def');
    expect(getDeepLinkToken('?utm=x')).toBeNull();
    expect(getDeepLinkToken(undefined)).toBeNull();
  });
});
