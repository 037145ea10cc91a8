import { getRelativeLuminance } from '../color/getRelativeLuminance.js';
import { parseColor } from '../color/parseColor.js';
import type { ColorTokenName, ThemeTokens } from '../tokens/ThemeTokens.js';
import { CONTRAST_PAIRS, type ContrastPair } from './CONTRAST_PAIRS.js';

/** One row of a contrast report. */
export interface ContrastResult extends ContrastPair {
  /** The exact WCAG ratio (not rounded). */
  readonly ratio: number;
  readonly passes: boolean;
}

/**
 * Measures every pair of `CONTRAST_PAIRS` in a token set. Use it to check hand-written tokens the way presets and
 * `createTheme` output are checked. Throws a `ThemeError` (`invalid_color`) when a colour token cannot be parsed.
 *
 * @example
 * const failures = getContrastReport({ ...light.light, 'color-accent': '#7fb2ff' }).filter((row) => !row.passes);
 * // [{ foreground: 'color-accent', background: 'color-surface', min: 4.5, ratio: 2.16…, passes: false }, …]
 */
export function getContrastReport(tokens: ThemeTokens): ContrastResult[] {
  const luminances = new Map<ColorTokenName, number>();
  const luminance = (token: ColorTokenName) => {
    let value = luminances.get(token);
    if (value === undefined) {
      value = getRelativeLuminance(parseColor(tokens[token]));
      luminances.set(token, value);
    }
    return value;
  };
  return CONTRAST_PAIRS.map((pair) => {
    const a = luminance(pair.foreground);
    const b = luminance(pair.background);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    return { ...pair, ratio, passes: ratio >= pair.min };
  });
}
