import type { ColorTokenName } from './ThemeTokens.js';

/**
 * One colour `createTheme` changed so that every text/background pair meets WCAG 2.2 AA.
 *
 * @example
 * { token: 'color-accent', scheme: 'light', from: '#ffcc00', to: '#866300',
 *   reason: '1.56:1 against color-surface; needs 4.5:1', ratio: 4.52 }
 */
export interface ThemeAdjustment {
  /** The token whose colour changed. */
  readonly token: ColorTokenName;
  /** The token set it belongs to. */
  readonly scheme: 'light' | 'dark';
  /** The colour asked for (or derived), as `#rrggbb`. */
  readonly from: string;
  /** The colour used instead, as `#rrggbb`. */
  readonly to: string;
  /** Why, naming the background it failed against and the ratio it needed. */
  readonly reason: string;
  /** The contrast ratio `to` reaches against the background that needed the change, rounded to 2 decimals. */
  readonly ratio: number;
}
