import { getContrastRatio } from '../color/getContrastRatio.js';
import { flattenColor } from '../color/mixColors.js';
import { parseColor } from '../color/parseColor.js';
import type { Rgb } from '../color/Rgb.js';
import { ThemeError } from '../errors/ThemeError.js';
import { PRESETS } from '../presets/PRESETS.js';
import type { ColorScheme, Theme } from '../tokens/Theme.js';
import type { ThemeAdjustment } from '../tokens/ThemeAdjustment.js';
import type { CreateThemeOptions } from './CreateThemeOptions.js';
import { BLACK, deriveColors, WHITE } from './deriveColors.js';
import { getShapeTokens } from './getShapeTokens.js';

/**
 * Derives a complete theme, light and dark, from a brand colour or two. Every pair in `CONTRAST_PAIRS` meets
 * WCAG 2.2 AA in both sets: where a colour would not, its OKLCH lightness moves (hue kept) just far enough, and
 * `theme.adjustments` says what changed and why. A `surface` or `text` decides the scheme (a dark surface gives a
 * dark theme) and shapes that set; the other set is derived from the base preset with the same accent.
 * Throws a `ThemeError` (`invalid_color`, `invalid_option`, `unknown_preset`) for input it cannot use.
 *
 * @example
 * const theme = createTheme({ accent: '#ffcc00', radius: 12 });
 * theme.adjustments[0]; // { token: 'color-accent', scheme: 'light', from: '#ffcc00', to: '#856500', … }
 * sheet.replaceSync(toCss(theme));
 */
export function createTheme(options: CreateThemeOptions): Theme {
  if (typeof options !== 'object' || options === null) {
    throw new ThemeError('createTheme needs an options object with an accent colour', 'invalid_option');
  }
  const base = getBase(options.base);
  const accent = parseColor(options.accent);
  const surface = options.surface === undefined ? undefined : flattenColor(parseColor(options.surface), WHITE);
  const text = options.text === undefined ? undefined : parseColor(options.text);
  const scheme: ColorScheme = surface
    ? getSchemeOf(surface)
    : text
      ? getSchemeOf(text) === 'light'
        ? 'dark'
        : 'light'
      : base.scheme;
  const shape = getShapeTokens(options);
  const adjustments: ThemeAdjustment[] = [];
  const variant = (own: 'light' | 'dark') => {
    const input = scheme === own ? { accent, surface, text } : { accent };
    return { ...deriveColors(base[own], own, input, adjustments), ...shape };
  };
  return { name: options.name ?? 'custom', scheme, light: variant('light'), dark: variant('dark'), adjustments };
}

function getBase(base: CreateThemeOptions['base']): Theme {
  if (base === undefined) return PRESETS.auto;
  if (typeof base === 'object' && base !== null && base.light && base.dark) return base;
  if (typeof base === 'string' && Object.hasOwn(PRESETS, base)) return PRESETS[base];
  throw new ThemeError(`base must be a preset name (${Object.keys(PRESETS).join(', ')}) or a theme`, 'unknown_preset');
}

/** A background reads as light when black text on it beats white text. */
function getSchemeOf(color: Rgb): 'light' | 'dark' {
  return getContrastRatio(color, BLACK) >= getContrastRatio(color, WHITE) ? 'light' : 'dark';
}
