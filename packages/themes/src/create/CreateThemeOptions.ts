import type { PresetName } from '../presets/PRESETS.js';
import type { Theme } from '../tokens/Theme.js';

/** Options of `createTheme`. Colours are hex (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`), `rgb()` or `hsl()`. */
export interface CreateThemeOptions {
  /**
   * The brand colour: links, buttons, the current step and focus rings. Its lightness is adjusted (hue kept)
   * where it would be unreadable, in each of the light and dark sets.
   * @example '#0b6e4f'
   */
  accent: string;
  /**
   * The widget's background. Light or dark decides the theme's scheme; a mid-tone is nudged until text, muted text
   * and the accent all fit on it. Translucent colours are flattened over white.
   * @default the base theme's surface
   * @example '#fbf7f0'
   */
  surface?: string;
  /**
   * Body text. Adjusted until it reads on every surface, raised surface and status banner.
   * @default the base theme's text colour
   * @example '#2b2118'
   */
  text?: string;
  /**
   * The medium corner radius in px; small is half, large one and a half times.
   * @default the base theme's radii
   * @example 12
   */
  radius?: number;
  /**
   * A CSS `font-family` list. Load web fonts on the page: `@font-face` inside a shadow root is ignored.
   * @default 'inherit' (the store's own font)
   * @example '"Inter", system-ui, sans-serif'
   */
  font?: string;
  /**
   * `compact` tightens spacing (2–24 px) and line height; `comfortable` is the default scale (4–32 px).
   * @default the base theme's spacing
   * @example 'compact'
   */
  density?: 'compact' | 'comfortable';
  /**
   * The preset (or theme) the rest is taken from: status colours, type ramp, shadows, motion, and its scheme when
   * neither `surface` nor `text` decides one.
   * @default 'auto'
   * @example 'soft'
   */
  base?: PresetName | Theme;
  /**
   * The theme's name.
   * @default 'custom'
   */
  name?: string;
}
