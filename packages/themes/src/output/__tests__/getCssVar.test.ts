import { describe, expect, it } from 'vitest';
import { lightTokens } from '../../presets/lightTokens.js';
import { getCssVar } from '../getCssVar.js';

describe('getCssVar', () => {
  it('references the property with the documented light fallback', () => {
    expect(getCssVar('color-accent')).toBe(`var(--waypost-color-accent, ${lightTokens['color-accent']})`);
    expect(getCssVar('space-3')).toBe('var(--waypost-space-3, 12px)');
  });

  it('falls back to the host font', () => {
    expect(getCssVar('font-family')).toBe('var(--waypost-font-family, inherit)');
  });
});
