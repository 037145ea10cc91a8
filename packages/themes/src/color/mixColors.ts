import { fromOklch, toOklch } from './Oklch.js';
import type { Rgb } from './Rgb.js';

/**
 * Mixes two colours in OKLab (perceptually even, no grey dip between hues): `amount` 0 gives `from`, 1 gives `to`.
 *
 * @example mixColors(text, surface, 0.4) // a muted text colour 40 % of the way to the surface
 */
export function mixColors(from: Rgb, to: Rgb, amount: number): Rgb {
  const a = toLab(from);
  const b = toLab(to);
  const mix = (x: number, y: number) => x + (y - x) * amount;
  const labA = mix(a[1], b[1]);
  const labB = mix(a[2], b[2]);
  const hue = (Math.atan2(labB, labA) * 180) / Math.PI;
  return fromOklch({ l: mix(a[0], b[0]), c: Math.hypot(labA, labB), h: hue < 0 ? hue + 360 : hue });
}

function toLab(color: Rgb): [number, number, number] {
  const { l, c, h } = toOklch(color);
  const radians = (h * Math.PI) / 180;
  return [l, c * Math.cos(radians), c * Math.sin(radians)];
}

/** Paints a translucent colour over an opaque one, so contrast is measured on what the shopper sees. */
export function flattenColor(color: Rgb, background: Rgb): Rgb {
  const over = (top: number, bottom: number) => top * color.alpha + bottom * (1 - color.alpha);
  return { r: over(color.r, background.r), g: over(color.g, background.g), b: over(color.b, background.b), alpha: 1 };
}
