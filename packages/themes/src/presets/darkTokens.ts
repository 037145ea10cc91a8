import type { ThemeTokens } from '../tokens/ThemeTokens.js';
import { lightTokens } from './lightTokens.js';

/** The default dark token set: the light set with dark colours and a deeper shadow. */
export const darkTokens: ThemeTokens = {
  ...lightTokens,
  'color-surface': '#14171b',
  'color-surface-raised': '#1d2127',
  'color-text': '#e9ecef',
  'color-text-muted': '#a4adb8',
  'color-accent': '#8bb0ff',
  'color-accent-hover': '#aac6ff',
  'color-on-accent': '#14171b',
  'color-success': '#6bd18f',
  'color-success-surface': '#13291c',
  'color-warning': '#f2b45a',
  'color-warning-surface': '#2f2412',
  'color-danger': '#ff8f85',
  'color-danger-surface': '#3b1815',
  'color-info': '#84b8ff',
  'color-info-surface': '#14253b',
  'color-border': '#6f7883',
  'color-divider': '#2b3038',
  'color-focus-ring': '#8bb0ff',
  shadow: '0 1px 2px rgb(0 0 0 / 0.4), 0 4px 12px rgb(0 0 0 / 0.3)',
};
