import type { ThemeAdjustment } from './ThemeAdjustment.js';
import type { ThemeTokens } from './ThemeTokens.js';

/**
 * Which token set a theme shows: always the light one, always the dark one, or whichever the shopper's
 * `prefers-color-scheme` asks for.
 */
export type ColorScheme = 'light' | 'dark' | 'auto';

/**
 * A theme: a light and a dark token set, and the scheme that picks between them. Every theme carries both sets,
 * so a host that toggles dark mode itself can switch any theme with `toCss(theme, { scheme: 'dark' })` (or the
 * widget's `theme` attribute) without a remount.
 *
 * @example
 * const tokens = theme.scheme === 'dark' ? theme.dark : theme.light;
 */
export interface Theme {
  /** A short name: the preset's name, or the one given to `createTheme`. */
  readonly name: string;
  /** Which set `toCss` emits by default. `auto` emits the light set plus a `prefers-color-scheme: dark` block. */
  readonly scheme: ColorScheme;
  /** Tokens on light surfaces. */
  readonly light: ThemeTokens;
  /** Tokens on dark surfaces. */
  readonly dark: ThemeTokens;
  /** What `createTheme` changed to keep every pair readable; empty for presets. */
  readonly adjustments: readonly ThemeAdjustment[];
}
