import type { Theme } from '../tokens/Theme.js';
import type { ThemeTokens } from '../tokens/ThemeTokens.js';
import { extendTokens } from './extendTokens.js';
import { lightTokens } from './lightTokens.js';

// Loud and confident: saturated violet, heavy headings, a bigger type ramp, generous radii and deep shadows.
const boldLight: ThemeTokens = /* @__PURE__ */ extendTokens(lightTokens, {
  'color-surface': '#ffffff',
  'color-surface-raised': '#f4f0ff',
  'color-text': '#140d2b',
  'color-text-muted': '#4f4866',
  'color-accent': '#6d28d9',
  'color-accent-hover': '#5b16c2',
  'color-on-accent': '#ffffff',
  'color-success': '#047a3b',
  'color-success-surface': '#dcf7e6',
  'color-warning': '#8f4a00',
  'color-warning-surface': '#ffeccc',
  'color-danger': '#c0142b',
  'color-danger-surface': '#ffe1e4',
  'color-info': '#0e55c8',
  'color-info-surface': '#dde9ff',
  'color-border': '#7a6f99',
  'color-divider': '#e4dcf7',
  'color-focus-ring': '#6d28d9',
  'font-size-lg': '20px',
  'font-size-xl': '28px',
  'font-weight-medium': '600',
  'font-weight-bold': '800',
  'line-height': '1.45',
  'radius-sm': '8px',
  'radius-md': '12px',
  'radius-lg': '20px',
  shadow: '0 2px 4px rgb(20 13 43 / 0.12), 0 12px 28px rgb(20 13 43 / 0.16)',
});

const boldDark: ThemeTokens = /* @__PURE__ */ extendTokens(boldLight, {
  'color-surface': '#130b26',
  'color-surface-raised': '#1f1438',
  'color-text': '#f4f0ff',
  'color-text-muted': '#b9aedb',
  'color-accent': '#b794ff',
  'color-accent-hover': '#cdb3ff',
  'color-on-accent': '#130b26',
  'color-success': '#4fe08f',
  'color-success-surface': '#0e2a1c',
  'color-warning': '#ffb547',
  'color-warning-surface': '#2e200b',
  'color-danger': '#ff7a8a',
  'color-danger-surface': '#3a0f1a',
  'color-info': '#7fb0ff',
  'color-info-surface': '#12224a',
  'color-border': '#7d6fa8',
  'color-divider': '#2d2150',
  'color-focus-ring': '#cdb3ff',
  shadow: '0 2px 4px rgb(0 0 0 / 0.5), 0 12px 28px rgb(0 0 0 / 0.45)',
});

/**
 * Loud and confident: saturated violet, 800-weight headings, a larger type ramp, 8–20 px radii and deep shadows.
 * Follows `prefers-color-scheme`.
 *
 * @example
 * sheet.replaceSync(toCss(bold, { scheme: 'dark' }));
 */
export const bold: Theme = { name: 'bold', scheme: 'auto', light: boldLight, dark: boldDark, adjustments: [] };
