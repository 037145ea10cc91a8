// Subresource Integrity for the widget's browser files. The widget build runs this last, after rollup has written
// every file: `dist/sri.json` maps each file a page loads from the CDN folder (`waypost.js`, `features.js`, `actions.js`, `records.js`, `orders.js`,
// `locales/*.js`, `themes/*.js`) to the `sha384-…` value of its `integrity` attribute. Hashing the written bytes
// (not rollup's in-memory output) is what makes the values match what is published.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Top-level files, then the folders whose every `.js` file is shipped for the script tag. */
const FILES = ['waypost.js', 'features.js', 'result.js', 'actions.js', 'records.js', 'orders.js', 'live.js'];
const FOLDERS = ['locales', 'themes'];

/**
 * The integrity value of some bytes: `sha384-` and the base64 digest, as `<script integrity>` expects.
 *
 * @example getIntegrity(readFileSync('dist/waypost.js')) // 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K…'
 */
export function getIntegrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * The shipped browser files of a built widget, relative to `dist` with `/` separators, sorted.
 *
 * @example getBrowserFiles('packages/widget/dist') // ['features.js', 'locales/es.js', …, 'waypost.js']
 */
export function getBrowserFiles(dist) {
  const top = FILES.filter((file) => existsSync(join(dist, file)));
  const nested = FOLDERS.filter((folder) => existsSync(join(dist, folder))).flatMap((folder) =>
    readdirSync(join(dist, folder))
      .filter((file) => file.endsWith('.js'))
      .map((file) => `${folder}/${file}`),
  );
  return [...top, ...nested].sort();
}

/**
 * Hashes every shipped browser file of `dist` and writes `dist/sri.json`; returns the map.
 *
 * @example writeSri('packages/widget/dist') // { 'waypost.js': 'sha384-…', 'locales/es.js': 'sha384-…' }
 */
export function writeSri(dist) {
  const files = getBrowserFiles(dist);
  if (!files.includes('waypost.js')) throw new Error(`[waypost] sri: no waypost.js in ${dist}; build first`);
  const sri = Object.fromEntries(files.map((file) => [file, getIntegrity(readFileSync(join(dist, file)))]));
  writeFileSync(join(dist, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
  return sri;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? join(process.cwd(), 'dist');
  const sri = writeSri(dist);
  console.log(
    `[waypost] sri: ${Object.keys(sri).length} files hashed into ${relative(process.cwd(), join(dist, 'sri.json'))}`,
  );
}
