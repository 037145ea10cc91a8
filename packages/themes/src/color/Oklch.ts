import { toLinear } from './getRelativeLuminance.js';
import type { Rgb } from './Rgb.js';

/** A colour in OKLCH: lightness 0–1, chroma ≥ 0, hue in degrees. */
export interface Oklch {
  readonly l: number;
  readonly c: number;
  readonly h: number;
}

// Björn Ottosson's OKLab matrices (linear sRGB ⇄ LMS ⇄ OKLab). OKLCH is used because changing its lightness
// keeps the hue a brand recognises, which HSL's lightness does not (HSL yellow darkens into olive).

/** sRGB → OKLCH. */
export function toOklch(color: Rgb): Oklch {
  const r = toLinear(color.r);
  const g = toLinear(color.g);
  const b = toLinear(color.b);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const okA = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const okB = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const hue = (Math.atan2(okB, okA) * 180) / Math.PI;
  return {
    l: 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    c: Math.hypot(okA, okB),
    h: hue < 0 ? hue + 360 : hue,
  };
}

/**
 * OKLCH → sRGB. Out-of-gamut colours keep their lightness and hue and lose chroma until they fit (the CSS Color 4
 * approach, by bisection), so the result is always a real sRGB colour.
 */
export function fromOklch(color: Oklch): Rgb {
  const l = Math.min(1, Math.max(0, color.l));
  const radians = (color.h * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  let linear = toLinearRgb(l, color.c * cos, color.c * sin);
  if (!inGamut(linear)) {
    let low = 0;
    let high = Math.min(color.c, 0.4);
    for (let step = 0; step < 11; step += 1) {
      const middle = (low + high) / 2;
      if (inGamut(toLinearRgb(l, middle * cos, middle * sin))) low = middle;
      else high = middle;
    }
    linear = toLinearRgb(l, low * cos, low * sin);
  }
  return { r: fromLinear(linear[0]), g: fromLinear(linear[1]), b: fromLinear(linear[2]), alpha: 1 };
}

function toLinearRgb(lightness: number, a: number, b: number): [number, number, number] {
  const l = cube(lightness + 0.3963377774 * a + 0.2158037573 * b);
  const m = cube(lightness - 0.1055613458 * a - 0.0638541728 * b);
  const s = cube(lightness - 0.0894841775 * a - 1.291485548 * b);
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const cube = (x: number) => x * x * x;

function inGamut([r, g, b]: [number, number, number]): boolean {
  return r >= -1e-6 && r <= 1.000001 && g >= -1e-6 && g <= 1.000001 && b >= -1e-6 && b <= 1.000001;
}

function fromLinear(value: number): number {
  const v = Math.min(1, Math.max(0, value));
  return 255 * (v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055);
}
