import type { Theme } from '../tokens/Theme.js';
import { darkTokens } from './darkTokens.js';
import { lightTokens } from './lightTokens.js';

/**
 * Follows the shopper's `prefers-color-scheme`: the light set, with the dark set in a `@media (prefers-color-scheme: dark)` block. The widget's default.
 *
 * @example
 * sheet.replaceSync(toCss(auto));
 */
export const auto: Theme = { name: 'auto', scheme: 'auto', light: lightTokens, dark: darkTokens, adjustments: [] };
