import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The widget's build output, which the browser tests serve exactly as a storefront would. */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * The path of a built file, or a clear failure when the build has not run: the suite always builds first, so a
 * missing `dist/waypost.js` means the build failed or was skipped.
 *
 * @example const bundle = getDistFile('waypost.js')
 */
export function getDistFile(name: string): string {
  const file = fileURLToPath(new URL(name, `file://${DIST_DIR}`));
  if (!existsSync(file)) {
    throw new Error(
      `[waypost] packages/widget/dist/${name} is missing: run \`pnpm build\` before the browser tests ` +
        '(they load the built script-tag bundle, never the sources).',
    );
  }
  return file;
}
