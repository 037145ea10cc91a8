import { describe, expect, it } from 'vitest';
import { secretEquals } from '../secretEquals.js';

describe('secretEquals', () => {
  it('is true only for equal strings, whatever the lengths', () => {
    expect(secretEquals('shopper@example.com', 'shopper@example.com')).toBe(true);
    expect(secretEquals('ü', 'ü')).toBe(true);
    expect(secretEquals('', '')).toBe(true);
    expect(secretEquals('shopper@example.com', 'shopper@example.co')).toBe(false);
    expect(secretEquals('shopper@example.co', 'shopper@example.com')).toBe(false);
    expect(secretEquals('', 'a')).toBe(false);
    expect(secretEquals('a', '')).toBe(false);
  });

  it('is not fooled by the stored text repeated under a longer guess', () => {
    expect(secretEquals('abab', 'ab')).toBe(false);
    expect(secretEquals('ab', 'abab')).toBe(false);
    expect(secretEquals('a\0', '\0')).toBe(false);
  });

  it('reads the stored text once per typed character, however long it is, so only the guess shows in the timing', () => {
    const reads = (storedLength: number) => {
      const indices: number[] = [];
      const stored = {
        length: storedLength,
        charCodeAt: (index: number) => {
          indices.push(index);
          return 120;
        },
      } as unknown as string;
      secretEquals('xxxxx', stored);
      return indices;
    };
    expect(reads(40)).toEqual([0, 1, 2, 3, 4]);
    expect(reads(5)).toEqual([0, 1, 2, 3, 4]);
    expect(reads(2)).toEqual([0, 1, 0, 1, 0]);
  });
});
