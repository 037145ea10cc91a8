import { describe, expect, it } from 'vitest';
import { isEmailAddress } from '../isEmailAddress.js';

describe('isEmailAddress', () => {
  it.each(['shopper@example.com', 'a@b.co', 'first.last+tag@mail.example.co.uk'])('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each(['nope', 'shopper@', 'shopper@localhost', 'a b@example.com', 'a@b..co', `${'a'.repeat(250)}@b.co`])(
    'refuses %j',
    (address) => {
      expect(isEmailAddress(address)).toBe(false);
    },
  );
});
