import {
  AbortError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  VerificationError,
} from '@waypost/client';
import { describe, expect, it } from 'vitest';
import { getErrorState } from '../getErrorState.js';

describe('getErrorState', () => {
  it('maps each client error to the state the widget shows', () => {
    expect(getErrorState(new NotFoundError('x'), true)).toBe('not_found');
    expect(getErrorState(new VerificationError('x'), true)).toBe('verification_failed');
    expect(getErrorState(new RateLimitError('x', { retryAfter: 30 }), true)).toBe('rate_limited');
    expect(
      getErrorState(new InvalidRequestError('x', { fields: [{ field: 'postalCode', message: 'Required' }] }), true),
    ).toBe('invalid');
    expect(getErrorState(new TimeoutError('x'), true)).toBe('error');
    expect(getErrorState(new Error('bug'), true)).toBe('error');
  });

  it('reads any failure as offline while the browser has no connection', () => {
    expect(getErrorState(new TimeoutError('x'), false)).toBe('offline');
    expect(getErrorState(new NetworkError('x'), false)).toBe('offline');
  });

  it('reads a network failure while online (a CORS refusal, a server that is down) as an error, not offline', () => {
    expect(getErrorState(new NetworkError('x'), true)).toBe('error');
  });

  it('ignores a cancelled call', () => {
    expect(getErrorState(new AbortError('x'), true)).toBeNull();
  });
});
