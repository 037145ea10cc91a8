import type { Theme } from '../tokens/Theme.js';
import type { ThemeTokens } from '../tokens/ThemeTokens.js';
import { extendTokens } from './extendTokens.js';
import { lightTokens } from './lightTokens.js';

// Ink on paper: neutral greys, an accent that is the text colour itself, square corners, no shadow. Status colours
// keep only a trace of hue; the widget never relies on colour alone, so nothing is lost.
const monochromeLight: ThemeTokens = /* @__PURE__ */ extendTokens(lightTokens, {
  'color-surface': '#ffffff',
  'color-surface-raised': '#f5f5f5',
  'color-text': '#0a0a0a',
  'color-text-muted': '#595959',
  'color-accent': '#0a0a0a',
  'color-accent-hover': '#333333',
  'color-on-accent': '#ffffff',
  'color-success': '#2b4a35',
  'color-success-surface': '#f0f2f0',
  'color-warning': '#4d3f26',
  'color-warning-surface': '#f3f2ef',
  'color-danger': '#5c2622',
  'color-danger-surface': '#f4f0f0',
  'color-info': '#2c3a52',
  'color-info-surface': '#f0f1f4',
  'color-border': '#767676',
  'color-divider': '#e5e5e5',
  'color-focus-ring': '#0a0a0a',
  'radius-sm': '0px',
  'radius-md': '0px',
  'radius-lg': '0px',
  shadow: 'none',
});

const monochromeDark: ThemeTokens = /* @__PURE__ */ extendTokens(monochromeLight, {
  'color-surface': '#0a0a0a',
  'color-surface-raised': '#171717',
  'color-text': '#fafafa',
  'color-text-muted': '#a3a3a3',
  'color-accent': '#fafafa',
  'color-accent-hover': '#d4d4d4',
  'color-on-accent': '#0a0a0a',
  'color-success': '#c3d6c8',
  'color-success-surface': '#141a16',
  'color-warning': '#dcd2bf',
  'color-warning-surface': '#1b1913',
  'color-danger': '#e6c3c0',
  'color-danger-surface': '#1f1514',
  'color-info': '#c2cbdb',
  'color-info-surface': '#141821',
  'color-border': '#737373',
  'color-divider': '#262626',
  'color-focus-ring': '#fafafa',
});

/**
 * Ink on paper: greys only, the accent is the text colour, square corners and no shadow. Follows
 * `prefers-color-scheme`.
 *
 * @example
 * <waypost-tracker theme="monochrome"></waypost-tracker>
 */
export const monochrome: Theme = {
  name: 'monochrome',
  scheme: 'auto',
  light: monochromeLight,
  dark: monochromeDark,
  adjustments: [],
};
