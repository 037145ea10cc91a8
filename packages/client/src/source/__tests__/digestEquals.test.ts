import { describe, expect, it } from 'vitest';
import { digestEquals } from '../digestEquals.js';

describe('digestEquals', () => {
  it('is true for equal strings and false otherwise, whatever the lengths', async () => {
    expect(await digestEquals('shopper@example.com', 'shopper@example.com')).toBe(true);
    expect(await digestEquals('shopper@example.com', 'shopper@example.co')).toBe(false);
    expect(await digestEquals('', 'a')).toBe(false);
    expect(await digestEquals('ü', 'ü')).toBe(true);
  });
});
