import { auto, PRESETS, type PresetName, type Theme, toCss } from '@waypost/themes';
import { DEV, warn } from '../embed/warn.js';

/** `auto`, `light`, `dark`, another preset's name, or a theme object (`createTheme(…)` or a preset). */
export type ThemeInput = PresetName | (string & {}) | Theme;

const isTheme = (value: unknown): value is Theme =>
  typeof value === 'object' && value !== null && 'light' in value && 'dark' in value;

/**
 * The theme layer's CSS for a `theme` option: custom properties on `:host` from `@waypost/themes`. `auto`
 * follows `prefers-color-scheme`; an unknown name falls back to `auto` with a development warning.
 *
 * @example getThemeCss('dark') // ':host {\n  color-scheme: dark;\n  --waypost-color-surface: …'
 */
export function getThemeCss(theme: ThemeInput | undefined): string {
  let resolved: Theme = auto;
  if (isTheme(theme)) resolved = theme;
  else if (typeof theme === 'string' && theme !== '') {
    const preset = PRESETS[theme.trim().toLowerCase() as PresetName];
    if (preset) resolved = preset;
    else if (DEV) warn(`unknown theme "${theme}"; using "auto"`);
  }
  try {
    return toCss(resolved);
  } catch (error) {
    if (DEV) warn('could not write the theme; using "auto"', error);
    return toCss(auto);
  }
}
