import type { Theme } from '../tokens/Theme.js';
import { auto } from './auto.js';
import { bold } from './bold.js';
import { dark } from './dark.js';
import { light } from './light.js';
import { minimal } from './minimal.js';
import { monochrome } from './monochrome.js';
import { soft } from './soft.js';

/** The name of a built-in preset. */
export type PresetName = 'light' | 'dark' | 'auto' | 'minimal' | 'bold' | 'soft' | 'monochrome';

/**
 * Every built-in preset by name, for code that resolves a `theme="…"` attribute. Importing this pulls in every
 * preset (about 1.2 kB gzip more than `auto` alone); import single presets by name to keep a bundle small.
 *
 * @example PRESETS[element.getAttribute('theme') as PresetName] ?? auto
 */
export const PRESETS: Readonly<Record<PresetName, Theme>> = { light, dark, auto, minimal, bold, soft, monochrome };
