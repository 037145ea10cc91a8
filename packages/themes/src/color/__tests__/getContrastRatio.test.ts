import { describe, expect, it } from 'vitest';
import { getContrastRatio } from '../getContrastRatio.js';

describe('getContrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(getContrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(getContrastRatio('#2557d6', '#2557d6')).toBe(1);
  });

  it('matches the WCAG reference greys', () => {
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 is the first that fails.
    expect(getContrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(getContrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(getContrastRatio('#949494', '#ffffff')).toBeCloseTo(3.03, 2);
  });

  it('is symmetric', () => {
    expect(getContrastRatio('#ffcc00', '#1b1f24')).toBe(getContrastRatio('#1b1f24', '#ffcc00'));
  });

  it('does not round a ratio up to the threshold', () => {
    const ratio = getContrastRatio('#777777', '#ffffff');
    expect(ratio).toBeGreaterThan(4.47);
    expect(ratio).toBeLessThan(4.5);
  });
});
