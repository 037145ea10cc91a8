import { getRelativeLuminance } from './getRelativeLuminance.js';
import { fromOklch, toOklch } from './Oklch.js';
import type { Rgb } from './Rgb.js';

/** The result of `ensureContrast`: the colour to use and how it compares with its worst background. */
export interface EnsuredColor {
  readonly color: Rgb;
  /** The ratio before any change, against the worst background. */
  readonly before: number;
  /** The ratio of `color` against the worst background. */
  readonly ratio: number;
  /** Index (in `backgrounds`) of the worst background before the change. */
  readonly against: number;
}

/**
 * Moves a colour's OKLCH lightness toward black (`darker`) or white (`lighter`), keeping hue and as much chroma as
 * sRGB allows, just far enough to reach `min` against every background. Every ratio is measured on the rounded
 * 8-bit colour that will be emitted, so rounding can never push a pair back under the line.
 */
export function ensureContrast(
  color: Rgb,
  backgrounds: readonly Rgb[],
  min: number,
  direction: 'darker' | 'lighter',
): EnsuredColor {
  const luminances = backgrounds.map(getRelativeLuminance);
  const worst = (candidate: Rgb) => getWorst(candidate, luminances);
  const start = snap(color);
  const first = worst(start);
  if (first.ratio >= min) return { color: start, before: first.ratio, ratio: first.ratio, against: first.index };

  const oklch = toOklch(start);
  const target = direction === 'darker' ? 0 : 1;
  const at = (l: number) => snap(fromOklch({ ...oklch, l }));
  let failing = oklch.l;
  let passing = target;
  for (let step = 0; step < 11; step += 1) {
    const middle = (failing + passing) / 2;
    if (worst(at(middle)).ratio >= min) passing = middle;
    else failing = middle;
  }
  // Gamut mapping can make lightness and luminance disagree by a hair: step on until the rounded colour passes.
  let result = at(passing);
  while (worst(result).ratio < min && passing !== target) {
    passing = direction === 'darker' ? Math.max(0, passing - 0.004) : Math.min(1, passing + 0.004);
    result = at(passing);
  }
  return { color: result, before: first.ratio, ratio: worst(result).ratio, against: first.index };
}

function getWorst(color: Rgb, luminances: readonly number[]): { ratio: number; index: number } {
  const own = getRelativeLuminance(color);
  let ratio = Number.POSITIVE_INFINITY;
  let index = 0;
  luminances.forEach((luminance, i) => {
    const value = (Math.max(own, luminance) + 0.05) / (Math.min(own, luminance) + 0.05);
    if (value < ratio) {
      ratio = value;
      index = i;
    }
  });
  return { ratio, index };
}

/** Rounds to the 8-bit channels `toHex` will write. */
export function snap(color: Rgb): Rgb {
  const channel = (value: number) => Math.round(Math.min(255, Math.max(0, value)));
  return { r: channel(color.r), g: channel(color.g), b: channel(color.b), alpha: 1 };
}
