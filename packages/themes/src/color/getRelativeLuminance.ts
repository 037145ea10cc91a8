import type { Rgb } from './Rgb.js';

const table: number[] = [];

/** sRGB channel (0–255) → linear light (0–1), with the WCAG 2.2 threshold of 0.04045. */
export function toLinear(channel: number): number {
  // Contrast searches convert the same 256 integer channels thousands of times; a table keeps createTheme fast.
  if (Number.isInteger(channel) && channel >= 0 && channel <= 255) {
    let value = table[channel];
    if (value === undefined) {
      value = compute(channel);
      table[channel] = value;
    }
    return value;
  }
  return compute(channel);
}

function compute(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * WCAG 2.2 relative luminance of an opaque colour: 0 for black, 1 for white.
 *
 * @example getRelativeLuminance({ r: 255, g: 255, b: 255, alpha: 1 }) // 1
 */
export function getRelativeLuminance(color: Rgb): number {
  return 0.2126 * toLinear(color.r) + 0.7152 * toLinear(color.g) + 0.0722 * toLinear(color.b);
}
