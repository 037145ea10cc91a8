import type { Theme } from '../tokens/Theme.js';
import { darkTokens } from './darkTokens.js';
import { lightTokens } from './lightTokens.js';

/**
 * Light surfaces whatever the shopper's system setting. The widget's own default when no theme is given is `auto`.
 *
 * @example
 * sheet.replaceSync(toCss(light));
 */
export const light: Theme = { name: 'light', scheme: 'light', light: lightTokens, dark: darkTokens, adjustments: [] };
