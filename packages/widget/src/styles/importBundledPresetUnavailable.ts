import type { Theme } from '@waypost/themes';

/**
 * The script-tag build's stand-in for `importBundledPreset`: the IIFE carries no preset, it loads them by URL
 * from beside the script. Reached only when that URL is unknown (an inline copy of the script with no `src`).
 *
 * @example await importBundledPreset('soft') // rejects: set `assetsUrl`
 */
export function importBundledPreset(name: string): Promise<{ default: Theme }> {
  return Promise.reject(new Error(`[waypost] set \`assetsUrl\` to load the "${name}" theme`));
}
