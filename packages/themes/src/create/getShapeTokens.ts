import { ThemeError } from '../errors/ThemeError.js';
import type { ThemeTokens } from '../tokens/ThemeTokens.js';
import type { CreateThemeOptions } from './CreateThemeOptions.js';

const scales = {
  compact: { space: [2, 4, 8, 12, 16, 24], lineHeight: '1.4' },
  comfortable: { space: [4, 8, 12, 16, 24, 32], lineHeight: '1.5' },
};

/** The non-colour tokens `createTheme` options set (radius, font, density), validated. */
export function getShapeTokens(options: CreateThemeOptions): Partial<ThemeTokens> {
  const tokens: Partial<ThemeTokens> = {};
  const { radius, font, density } = options;
  if (radius !== undefined) {
    if (typeof radius !== 'number' || !Number.isFinite(radius) || radius < 0 || radius > 999) {
      throw new ThemeError(`radius must be a number of px from 0 to 999, got ${String(radius)}`, 'invalid_option');
    }
    tokens['radius-sm'] = `${Math.round(radius / 2)}px`;
    tokens['radius-md'] = `${Math.round(radius)}px`;
    tokens['radius-lg'] = `${Math.round(radius * 1.5)}px`;
  }
  if (font !== undefined) {
    // The value lands in a stylesheet: refuse anything that could end the declaration.
    if (typeof font !== 'string' || !font.trim() || /[;{}<>\\]|\/\*/.test(font)) {
      throw new ThemeError(`font must be a CSS font-family list, got ${JSON.stringify(font)}`, 'invalid_option');
    }
    tokens['font-family'] = font.trim();
  }
  if (density !== undefined) {
    const scale = scales[density];
    if (!scale || !Object.hasOwn(scales, density)) {
      throw new ThemeError(
        `density must be 'compact' or 'comfortable', got ${JSON.stringify(density)}`,
        'invalid_option',
      );
    }
    scale.space.forEach((px, index) => {
      tokens[`space-${index + 1}` as 'space-1'] = `${px}px`;
    });
    tokens['line-height'] = scale.lineHeight;
  }
  return tokens;
}
