import { ensureContrast, snap } from '../color/ensureContrast.js';
import { flattenColor, mixColors } from '../color/mixColors.js';
import { fromOklch, toOklch } from '../color/Oklch.js';
import { parseColor } from '../color/parseColor.js';
import type { Rgb } from '../color/Rgb.js';
import { toHex } from '../color/toHex.js';
import type { ThemeAdjustment } from '../tokens/ThemeAdjustment.js';
import type { ColorTokenName, ThemeTokens } from '../tokens/ThemeTokens.js';

/** The colours a caller asked for, already parsed; absent ones come from the base token set. */
export interface DeriveInput {
  readonly accent: Rgb;
  readonly surface?: Rgb | undefined;
  readonly text?: Rgb | undefined;
}

export const BLACK: Rgb = { r: 0, g: 0, b: 0, alpha: 1 };
export const WHITE: Rgb = { r: 255, g: 255, b: 255, alpha: 1 };

const statuses = ['success', 'warning', 'danger', 'info'] as const;
const surfaces: ColorTokenName[] = ['color-surface', 'color-surface-raised'];
const allSurfaces: ColorTokenName[] = [
  ...surfaces,
  'color-success-surface',
  'color-warning-surface',
  'color-danger-surface',
  'color-info-surface',
];

/**
 * One scheme's colour tokens, derived from a base set and the caller's colours so that every pair in
 * `CONTRAST_PAIRS` passes. Backgrounds are settled first, then each foreground moves toward the scheme's text
 * extreme (darker on light, lighter on dark) until it reads on all of its backgrounds. Backgrounds keep at least
 * 8:1 (9:1 for the surface) against black or white, which guarantees every foreground can reach 4.5:1.
 */
export function deriveColors(
  base: ThemeTokens,
  scheme: 'light' | 'dark',
  input: DeriveInput,
  adjustments: ThemeAdjustment[],
): ThemeTokens {
  const light = scheme === 'light';
  const toward = light ? 'darker' : 'lighter';
  const away = light ? 'lighter' : 'darker';
  const extreme = light ? BLACK : WHITE;
  const out: ThemeTokens = { ...base };
  const get = (token: ColorTokenName) => parseColor(out[token]);

  // `target` is where a colour that fails `min` is moved to; body text goes further than it must, so that muted
  // text still has room between it and the surface.
  const settle = (
    token: ColorTokenName,
    candidate: Rgb,
    against: ColorTokenName[] | null,
    min: number,
    target = min,
  ) => {
    const backgrounds = against ? against.map(get) : [extreme];
    const direction = against ? toward : away;
    let result = ensureContrast(candidate, backgrounds, min, direction);
    if (result.before < min && target > min) result = ensureContrast(candidate, backgrounds, target, direction);
    const from = toHex(snap(candidate));
    const to = toHex(result.color);
    if (from !== to) {
      const name = against ? against[result.against] : light ? 'black text' : 'white text';
      const goal = target > min ? ` (moved to ${target}:1 to leave room for muted text)` : '';
      adjustments.push({
        token,
        scheme,
        from,
        to,
        reason: `${result.before.toFixed(2)}:1 against ${name}; needs ${min}:1${goal}`,
        ratio: Math.floor(result.ratio * 100) / 100,
      });
    }
    out[token] = to;
    return result.color;
  };

  const surface = settle('color-surface', input.surface ?? get('color-surface'), null, 9);
  const s = toOklch(surface);
  const raised = light ? (s.l <= 0.95 ? s.l + 0.03 : s.l - 0.025) : s.l + 0.05;
  settle('color-surface-raised', input.surface ? fromOklch({ ...s, l: raised }) : get('color-surface-raised'), null, 8);
  for (const status of statuses) {
    const token = `color-${status}-surface` as const;
    const l = light ? Math.min(s.l, 0.985) - 0.02 : s.l + 0.07;
    const tint = { l, c: light ? 0.035 : 0.04, h: toOklch(get(`color-${status}`)).h };
    settle(token, input.surface ? fromOklch(tint) : get(token), null, 8);
  }

  const custom = input.surface !== undefined || input.text !== undefined;
  const text = settle(
    'color-text',
    input.text ? flattenColor(input.text, surface) : get('color-text'),
    allSurfaces,
    4.5,
    7,
  );
  settle('color-text-muted', custom ? mixColors(text, surface, 0.38) : get('color-text-muted'), allSurfaces, 4.5);

  // White on a light theme's accent, the surface on a dark one's: either is at least as far from the accent as
  // the surface is, so the accent's own 4.5:1 against the surface carries over to button text.
  out['color-on-accent'] = light ? '#ffffff' : toHex(surface);
  const onAccent: ColorTokenName[] = [...surfaces, 'color-on-accent'];
  const accent = settle('color-accent', flattenColor(input.accent, surface), onAccent, 4.5);
  const a = toOklch(accent);
  let hover = fromOklch({ ...a, l: a.l + (light ? -0.08 : 0.08) });
  if (toHex(snap(hover)) === toHex(accent)) hover = fromOklch({ ...a, l: a.l + (light ? 0.12 : -0.12) });
  settle('color-accent-hover', hover, onAccent, 4.5);

  for (const status of statuses) {
    settle(`color-${status}`, get(`color-${status}`), [`color-${status}-surface`, ...surfaces], 4.5);
  }
  settle('color-border', custom ? mixColors(text, surface, 0.5) : get('color-border'), surfaces, 3);
  if (custom) out['color-divider'] = toHex(mixColors(text, surface, 0.86));
  settle('color-focus-ring', accent, surfaces, 3);
  return out;
}
