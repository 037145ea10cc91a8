import type { Theme } from '@waypost/themes';

/**
 * Imports `themes/<name>.js` by URL (the script tag's own folder, or `assetsUrl`). The comments keep bundlers from
 * resolving the URL at build time.
 *
 * @example await importPresetByUrl('https://cdn.example/waypost/0.1.0/themes/soft.js')
 */
export function importPresetByUrl(url: string): Promise<{ default: Theme }> {
  return import(/* webpackIgnore: true */ /* @vite-ignore */ url);
}
