import type { TokenName } from './CUSTOM_PROPERTIES.js';

/**
 * A complete token set: one CSS value per token, keyed by the token's name (the custom property without its
 * `--waypost-` prefix). Colours are `#rrggbb`; sizes, spacing and radii are `px` (never `rem`: a host page's
 * root font size must not resize the widget); durations are `ms`.
 *
 * @example
 * const tokens: ThemeTokens = { ...light.light, 'color-accent': '#0b6e4f' };
 */
export type ThemeTokens = Record<TokenName, string>;

/** The colour tokens only: the part of a token set that differs between light and dark. */
export type ColorTokenName = Extract<TokenName, `color-${string}`>;
