import { build } from 'esbuild';
import { getDistFile } from './getDistFile.js';

let pending: Promise<string> | undefined;

/**
 * The npm entry `dist/index.js` as a storefront's bundler would ship it: its imports (`preact`,
 * `@preact/signals`, `@waypost/client`, `@waypost/themes`) resolved from the workspace's installed packages into
 * one ES module a test page imports with `<script type="module">`. Built once per test file.
 *
 * @example const code = await bundleNpmEntry()
 */
export function bundleNpmEntry(): Promise<string> {
  pending ??= build({
    entryPoints: [getDistFile('index.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('[waypost] esbuild produced no output for dist/index.js');
    return file.text;
  });
  return pending;
}
