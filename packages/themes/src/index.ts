// The public surface of @waypost/themes, listed by hand. Every preset is its own module, so a bundle pays only for
// the presets it imports; the widget's default path is `auto` + `toCss`. Deliberately not exported: the colour
// conversions behind `createTheme` (OKLCH, mixing, the contrast search), which may change without notice.

export { getContrastRatio } from './color/getContrastRatio.js';
export { parseColor } from './color/parseColor.js';
export type { Rgb } from './color/Rgb.js';
export { CONTRAST_PAIRS, type ContrastPair } from './contrast/CONTRAST_PAIRS.js';
export { type ContrastResult, getContrastReport } from './contrast/getContrastReport.js';
export type { CreateThemeOptions } from './create/CreateThemeOptions.js';
export { createTheme } from './create/createTheme.js';
export { isThemeError, ThemeError, type ThemeErrorCode } from './errors/ThemeError.js';
export { getCssVar } from './output/getCssVar.js';
export { type ToCssOptions, toCss } from './output/toCss.js';
export { auto } from './presets/auto.js';
export { bold } from './presets/bold.js';
export { dark } from './presets/dark.js';
export { darkTokens } from './presets/darkTokens.js';
export { light } from './presets/light.js';
export { lightTokens } from './presets/lightTokens.js';
export { minimal } from './presets/minimal.js';
export { monochrome } from './presets/monochrome.js';
export { PRESETS, type PresetName } from './presets/PRESETS.js';
export { soft } from './presets/soft.js';
export { CUSTOM_PROPERTIES, type CustomProperty, type TokenName } from './tokens/CUSTOM_PROPERTIES.js';
export type { ColorScheme, Theme } from './tokens/Theme.js';
export type { ThemeAdjustment } from './tokens/ThemeAdjustment.js';
export type { ColorTokenName, ThemeTokens } from './tokens/ThemeTokens.js';
