import { getRelativeLuminance } from './getRelativeLuminance.js';
import { parseColor } from './parseColor.js';
import type { Rgb } from './Rgb.js';

/**
 * WCAG 2.2 contrast ratio of two opaque colours, from 1 (same luminance) to 21 (black on white). The ratio is
 * not rounded: WCAG compares the exact value with 4.5 and 3.
 *
 * @example getContrastRatio('#767676', '#ffffff') // 4.54…
 */
export function getContrastRatio(foreground: string | Rgb, background: string | Rgb): number {
  const a = getRelativeLuminance(typeof foreground === 'string' ? parseColor(foreground) : foreground);
  const b = getRelativeLuminance(typeof background === 'string' ? parseColor(background) : background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
