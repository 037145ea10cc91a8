import { describe, expect, it } from 'vitest';
import { isThemeError, ThemeError } from '../ThemeError.js';

describe('ThemeError', () => {
  it('carries a stable code and a prefixed message', () => {
    const error = new ThemeError('bad colour', 'invalid_color');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ThemeError', code: 'invalid_color', message: '[waypost] bad colour' });
  });

  it('is recognised by its brand, not by instanceof', () => {
    const copy = Object.defineProperty(new Error('from another copy'), Symbol.for('waypost.themeError'), {
      value: true,
    });
    expect(isThemeError(copy)).toBe(true);
    expect(isThemeError(new Error('plain'))).toBe(false);
    expect(isThemeError({ name: 'ThemeError', code: 'invalid_color' })).toBe(false);
    expect(isThemeError(null)).toBe(false);
  });
});
