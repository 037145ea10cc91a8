import { lightTokens } from '../presets/lightTokens.js';
import type { TokenName } from '../tokens/CUSTOM_PROPERTIES.js';

/**
 * A `var()` reference to a token with its documented fallback (the default light value), for writing widget or
 * host CSS that keeps working when no theme stylesheet is present.
 *
 * @example getCssVar('color-accent') // 'var(--waypost-color-accent, #2557d6)'
 */
export function getCssVar(token: TokenName): string {
  return `var(--waypost-${token}, ${lightTokens[token]})`;
}
