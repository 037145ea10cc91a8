import type { Rgb } from './Rgb.js';

/**
 * `#rrggbb` of a colour, channels rounded and clamped; alpha is dropped (themes hold opaque colours only).
 *
 * @example toHex({ r: 11, g: 110.4, b: 79, alpha: 1 }) // '#0b6e4f'
 */
export function toHex(color: Rgb): string {
  const channel = (value: number) =>
    Math.round(Math.min(255, Math.max(0, value)))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(color.r)}${channel(color.g)}${channel(color.b)}`;
}
