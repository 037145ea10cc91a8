const brand = Symbol.for('waypost.themeError');

/** Stable codes of a `ThemeError`; match on these, never on message text. */
export type ThemeErrorCode = 'invalid_color' | 'invalid_option' | 'unknown_preset';

/**
 * Thrown by `parseColor` and `createTheme` for input they cannot use. Never thrown by `toCss` or by presets.
 *
 * @example
 * try { createTheme({ accent: 'teal-ish' }) } catch (error) { if (isThemeError(error)) error.code } // 'invalid_color'
 */
export class ThemeError extends Error {
  override readonly name = 'ThemeError' as const;
  readonly code: ThemeErrorCode;

  constructor(message: string, code: ThemeErrorCode) {
    super(`[waypost] ${message}`);
    this.code = code;
    Object.defineProperty(this, brand, { value: true });
  }
}

/** True for a `ThemeError` from any loaded copy of `@waypost/themes` (checks a `Symbol.for` brand, not `instanceof`). */
export function isThemeError(error: unknown): error is ThemeError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[brand] === true;
}
