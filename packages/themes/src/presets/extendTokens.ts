import type { ThemeTokens } from '../tokens/ThemeTokens.js';

/**
 * A token set that is `base` with `overrides` on top. Presets call it marked `@__PURE__`: a bundler cannot prove
 * an object spread free of side effects, and without the mark every preset would ship in every bundle.
 */
export function extendTokens(base: ThemeTokens, overrides: Partial<ThemeTokens>): ThemeTokens {
  return { ...base, ...overrides };
}
