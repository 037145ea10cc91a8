import type { Theme } from '@waypost/themes';

/**
 * The npm way to a named preset: one static `import()` per preset, so the host's bundler emits each as a chunk
 * and serves it with the app. The script-tag build swaps this file for `importBundledPresetUnavailable.ts` (see
 * the widget's rollup config): it loads `themes/<name>.js` by URL instead. Rejects for an unknown name.
 *
 * @example const { default: soft } = await importBundledPreset('soft')
 */
export function importBundledPreset(name: string): Promise<{ default: Theme }> {
  switch (name) {
    case 'minimal':
      return import('./presets/minimal.js');
    case 'bold':
      return import('./presets/bold.js');
    case 'soft':
      return import('./presets/soft.js');
    case 'monochrome':
      return import('./presets/monochrome.js');
    default:
      return Promise.reject(new Error(`[waypost] no "${name}" theme`));
  }
}
