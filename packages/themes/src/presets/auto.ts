import type { Theme } from '../tokens/Theme.js';
import { darkTokens } from './darkTokens.js';
import { lightTokens } from './lightTokens.js';

/**
 * Follows the page's `color-scheme` (and so the shopper's system setting once the page opts in): the light set,
 * paired with the dark set through `light-dark()` where the browser has it. The widget's default.
 *
 * @example
 * sheet.replaceSync(toCss(auto));
 */
export const auto: Theme = { name: 'auto', scheme: 'auto', light: lightTokens, dark: darkTokens, adjustments: [] };
