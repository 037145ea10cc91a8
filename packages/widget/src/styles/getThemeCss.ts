import { auto, type PresetName, type Theme, toCss } from '@waypost/themes';

/** `auto`, `light`, `dark`, another preset's name, or a theme object (`createTheme(…)` or a preset). */
export type ThemeInput = PresetName | (string & {}) | Theme;

/** True for a theme object rather than a name. */
export const isTheme = (value: unknown): value is Theme =>
  typeof value === 'object' && value !== null && 'light' in value && 'dark' in value;

/**
 * The theme layer's CSS for a theme that needs nothing loaded: a theme object, or `auto` / `light` / `dark`
 * (the default token set, following `prefers-color-scheme` or pinned to one scheme, which is how a host that
 * toggles dark mode with a class switches the widget). Returns `null` for another preset's name, which
 * `loadPreset` fetches on demand so the script tag does not carry every preset.
 *
 * @example getThemeCss('dark') // ':host {\n  color-scheme: dark;\n  --waypost-color-surface: …'
 */
export function getThemeCss(theme: ThemeInput | undefined): string | null {
  if (isTheme(theme)) return toCss(theme);
  const name = (theme ?? 'auto').trim().toLowerCase() || 'auto';
  if (name === 'auto' || name === 'light' || name === 'dark') return toCss(auto, { scheme: name });
  return null;
}
