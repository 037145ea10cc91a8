import type { Theme } from '../tokens/Theme.js';
import type { ThemeTokens } from '../tokens/ThemeTokens.js';
import { extendTokens } from './extendTokens.js';
import { lightTokens } from './lightTokens.js';

// Flat and quiet: no shadow, hairline radii, compact spacing, lighter weights, one calm ink-blue accent.
const shape = {
  'font-weight-bold': '600',
  'line-height': '1.45',
  'radius-sm': '2px',
  'radius-md': '4px',
  'radius-lg': '6px',
  'space-1': '2px',
  'space-2': '4px',
  'space-3': '8px',
  'space-4': '12px',
  'space-5': '16px',
  'space-6': '24px',
  shadow: 'none',
  'duration-fast': '100ms',
  'duration-normal': '160ms',
};

const minimalLight: ThemeTokens = /* @__PURE__ */ extendTokens(lightTokens, {
  ...shape,
  'color-surface': '#ffffff',
  'color-surface-raised': '#ffffff',
  'color-text': '#16181d',
  'color-text-muted': '#60646c',
  'color-accent': '#3451b2',
  'color-accent-hover': '#283f8f',
  'color-on-accent': '#ffffff',
  'color-success': '#1d7544',
  'color-success-surface': '#f1f8f3',
  'color-warning': '#8b5000',
  'color-warning-surface': '#fcf6ea',
  'color-danger': '#b2261c',
  'color-danger-surface': '#fcf1f0',
  'color-info': '#2a5bb5',
  'color-info-surface': '#f1f5fc',
  'color-border': '#8b8f97',
  'color-divider': '#ececee',
  'color-focus-ring': '#3451b2',
});

const minimalDark: ThemeTokens = /* @__PURE__ */ extendTokens(minimalLight, {
  'color-surface': '#111113',
  'color-surface-raised': '#111113',
  'color-text': '#ededef',
  'color-text-muted': '#a0a1a8',
  'color-accent': '#9eb1ff',
  'color-accent-hover': '#bccaff',
  'color-on-accent': '#111113',
  'color-success': '#6fcf97',
  'color-success-surface': '#15201a',
  'color-warning': '#f0b356',
  'color-warning-surface': '#231d13',
  'color-danger': '#ff9186',
  'color-danger-surface': '#261614',
  'color-info': '#8fb6ff',
  'color-info-surface': '#161d2b',
  'color-border': '#70727a',
  'color-divider': '#222226',
  'color-focus-ring': '#9eb1ff',
});

/**
 * Flat and quiet: no shadows, 2–6 px radii, compact spacing and hairline dividers. Follows `prefers-color-scheme`.
 *
 * @example
 * tracker.theme = 'minimal';
 */
export const minimal: Theme = {
  name: 'minimal',
  scheme: 'auto',
  light: minimalLight,
  dark: minimalDark,
  adjustments: [],
};
