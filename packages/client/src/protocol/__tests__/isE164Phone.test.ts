import { describe, expect, it } from 'vitest';
import { isE164Phone } from '../isE164Phone.js';

describe('isE164Phone', () => {
  it.each(['+14155550100', '+447911123456', '+4930123456', '+123456789012345'])('accepts %s', (phone) => {
    expect(isE164Phone(phone)).toBe(true);
  });

  it.each(['4155550100', '+04155550100', '+1415', '+1234567', '+1234567890123456', '+1 415 555 0100', ''])(
    'refuses %j',
    (phone) => {
      expect(isE164Phone(phone)).toBe(false);
    },
  );
});
