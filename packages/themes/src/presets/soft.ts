import type { Theme } from '../tokens/Theme.js';
import type { ThemeTokens } from '../tokens/ThemeTokens.js';
import { extendTokens } from './extendTokens.js';
import { lightTokens } from './lightTokens.js';

// Warm and rounded: a cream page with white cards, a dusty rose accent, roomy spacing and slow, gentle motion.
const softLight: ThemeTokens = /* @__PURE__ */ extendTokens(lightTokens, {
  'color-surface': '#fbf8f4',
  'color-surface-raised': '#ffffff',
  'color-text': '#2e2a26',
  'color-text-muted': '#6b635b',
  'color-accent': '#a3456b',
  'color-accent-hover': '#8a3558',
  'color-on-accent': '#ffffff',
  'color-success': '#2f7049',
  'color-success-surface': '#eaf5ec',
  'color-warning': '#865217',
  'color-warning-surface': '#fbf0df',
  'color-danger': '#a8352f',
  'color-danger-surface': '#fbe9e6',
  'color-info': '#3c5f9c',
  'color-info-surface': '#eaf0f9',
  'color-border': '#948a80',
  'color-divider': '#ece5dc',
  'color-focus-ring': '#a3456b',
  'line-height': '1.6',
  'radius-sm': '10px',
  'radius-md': '16px',
  'radius-lg': '24px',
  'space-1': '6px',
  'space-2': '10px',
  'space-3': '14px',
  'space-4': '18px',
  'space-5': '26px',
  'space-6': '36px',
  shadow: '0 2px 8px rgb(46 42 38 / 0.06), 0 12px 32px rgb(46 42 38 / 0.08)',
  'duration-fast': '160ms',
  'duration-normal': '280ms',
  easing: 'cubic-bezier(0.3, 0, 0.2, 1)',
});

const softDark: ThemeTokens = /* @__PURE__ */ extendTokens(softLight, {
  'color-surface': '#1c1917',
  'color-surface-raised': '#26221f',
  'color-text': '#f3ede6',
  'color-text-muted': '#b9aea3',
  'color-accent': '#eba2c0',
  'color-accent-hover': '#f3bfd4',
  'color-on-accent': '#1c1917',
  'color-success': '#8fd1a4',
  'color-success-surface': '#1d2a21',
  'color-warning': '#e8b877',
  'color-warning-surface': '#2e2518',
  'color-danger': '#f29b92',
  'color-danger-surface': '#33201d',
  'color-info': '#9dbbee',
  'color-info-surface': '#1e2533',
  'color-border': '#7a7067',
  'color-divider': '#332d29',
  'color-focus-ring': '#eba2c0',
  shadow: '0 2px 8px rgb(0 0 0 / 0.35), 0 12px 32px rgb(0 0 0 / 0.3)',
});

/**
 * Warm and rounded: cream surfaces, white cards, a dusty rose accent, 10–24 px radii, roomy spacing and gentle
 * motion. Follows `prefers-color-scheme`.
 *
 * @example
 * mount('#track', { theme: soft });
 */
export const soft: Theme = { name: 'soft', scheme: 'auto', light: softLight, dark: softDark, adjustments: [] };
