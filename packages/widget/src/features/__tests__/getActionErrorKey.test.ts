import {
  InvalidRequestError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  UnsupportedError,
  VerificationError,
} from '@waypost/client';
import { describe, expect, it } from 'vitest';
import { en, enFeatures } from '../../i18n/en.js';
import { getActionErrorKey } from '../getActionErrorKey.js';

describe('getActionErrorKey', () => {
  it('says the store could not be reached, and asks for another try, when no answer came', () => {
    const key = getActionErrorKey(new NetworkError('[waypost] POST /returns: Failed to fetch'));
    expect(key).toBe('actions.unreachable');
    expect(enFeatures[key as keyof typeof enFeatures]).toBe(
      'We couldn’t reach the store. Check your connection and try again.',
    );
  });

  it('says the store took too long to answer, not that the action failed, when a request timed out', () => {
    const key = getActionErrorKey(new TimeoutError('[waypost] POST /returns timed out'));
    expect(key).toBe('state.timeout');
    expect(en[key as keyof typeof en]).toBe('The store is taking too long to answer. Please try again.');
  });

  it('never promises to try again by itself, which an action never does', () => {
    const key = getActionErrorKey(new NetworkError('offline'));
    expect(key).not.toBe('state.offline');
    expect(en['state.offline']).toMatch(/try again when/);
  });

  it('tells an item that can no longer be returned from other refused input', () => {
    const item = new InvalidRequestError('refused', { fields: [{ field: 'items.0.itemId', message: 'returned' }] });
    const other = new InvalidRequestError('refused', { fields: [{ field: 'address', message: 'bad' }] });
    expect(getActionErrorKey(item)).toBe('returnFlow.ineligibleNow');
    // A store that counts what is left to return (Shopify's returnable quantities) refuses the quantity instead.
    const quantity = new InvalidRequestError('refused', {
      fields: [{ field: 'items.0.quantity', message: 'At most 0 can be returned' }],
    });
    expect(getActionErrorKey(quantity)).toBe('returnFlow.ineligibleNow');
    expect(getActionErrorKey(other)).toBe('actions.invalid');
  });

  it('names too many attempts, an expired session, what is not offered, and anything else', () => {
    expect(getActionErrorKey(new RateLimitError('slow down', { retryAfter: 30 }))).toBe('state.rateLimitedSoon');
    expect(getActionErrorKey(new VerificationError('expired'))).toBe('actions.expired');
    expect(getActionErrorKey(new UnsupportedError('no returns'))).toBe('actions.unavailable');
    expect(getActionErrorKey(new Error('boom'))).toBe('actions.failed');
  });
});
