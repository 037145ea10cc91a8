import { describe, expect, it } from 'vitest';
import { normalizeTrackingNumber } from '../normalizeTrackingNumber.js';

describe('normalizeTrackingNumber', () => {
  it('drops the spaces between groups and upper-cases the letters', () => {
    expect(normalizeTrackingNumber(' 1z999aa1 0123456784\t')).toBe('1Z999AA10123456784');
    expect(normalizeTrackingNumber('hh19 2608 17')).toBe('HH19260817');
  });

  it('keeps the dashes some carriers print', () => {
    expect(normalizeTrackingNumber('4455-6677-8899')).toBe('4455-6677-8899');
  });
});
