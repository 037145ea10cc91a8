import type { Theme } from '../tokens/Theme.js';
import { darkTokens } from './darkTokens.js';
import { lightTokens } from './lightTokens.js';

/**
 * Dark surfaces whatever the shopper's system setting.
 *
 * @example
 * sheet.replaceSync(toCss(dark));
 */
export const dark: Theme = { name: 'dark', scheme: 'dark', light: lightTokens, dark: darkTokens, adjustments: [] };
