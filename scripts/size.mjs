// Size checks that print numbers. `node scripts/size.mjs client` measures what a browser app pays for
// `import { createClient } from '@waypost/client'` (built ESM plus ky, minified); `widget` measures the script-tag
// file; `themes` measures what the widget's default theme path (`auto` + `toCss`) adds to a bundle.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const root = new URL('..', import.meta.url);
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const format = (bytes) => bytes.toLocaleString('en-US');

/**
 * Prints a size against its budget (and target) and says whether the check passes. `ceiling` is the enforced
 * limit: it equals the budget once a budget is met; while one is not (see the README's "Size" section), it sits
 * just above today's size so that any growth still fails the suite.
 */
function report(label, bytes, { budget, target, ceiling = budget }) {
  const against = (limit, name) =>
    bytes <= limit
      ? `${name} ${format(limit)} B met`
      : `${name} ${format(limit)} B NOT MET (${format(bytes - limit)} B over)`;
  const parts = [against(budget, 'budget')];
  if (target) parts.push(against(target, 'target'));
  if (ceiling !== budget) parts.push(`regression ceiling ${format(ceiling)} B`);
  const verdict = bytes <= ceiling ? 'ok' : 'FAILED';
  console.log(`[waypost] size ${label}: ${format(bytes)} B gzip; ${parts.join('; ')}: ${verdict}`);
  return bytes <= ceiling;
}

// Bundles an entry that re-exports `names` (or everything) from the built client, as a browser app would: ky
// resolved from the package's dependencies, terser, then gzip. `import()` chunks stay separate (they load only on
// demand: the in-process client behind `createClient({ source })`) unless `inline` is set.
async function clientBundle(names, inline = false) {
  const dist = new URL('packages/client/dist/index.js', root).pathname;
  const entry = '\0client-entry';
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'client-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) =>
          id === entry ? `export ${names ? `{ ${names.join(', ')} }` : '*'} from ${JSON.stringify(dist)};` : null,
        resolveDynamicImport: () => (inline ? null : false),
      },
      nodeResolve({ browser: true }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format: 'esm',
    inlineDynamicImports: inline,
    plugins: [terser({ ecma: 2020, module: true, compress: { passes: 3 } })],
  });
  const chunks = output.filter((file) => file.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`[waypost] size: expected one chunk, got ${chunks.length}`);
  return chunks[0].code;
}

async function clientSize() {
  const code = await clientBundle(['createClient']);
  // ky must be in the measured bundle: its retry loop is the tell.
  if (!code.includes('Forced retry')) throw new Error('[waypost] size: ky is missing from the client bundle');
  const lazy = gzip(await clientBundle(['createClient'], true)) - gzip(code);
  console.log(`[waypost] size @waypost/client createClient({ source }) loads ${format(lazy)} B gzip more, on demand`);
  console.log(`[waypost] size @waypost/client whole index entry: ${format(gzip(await clientBundle()))} B gzip`);
  return report('@waypost/client { createClient } (ESM, minified, with ky)', gzip(code), {
    budget: 8_000,
    ceiling: 10_600,
  });
}

function widgetSize() {
  const code = readFileSync(new URL('packages/widget/dist/waypost.js', root));
  return report('waypost.js (script tag)', gzip(code), { budget: 25_000, target: 20_000, ceiling: 38_600 });
}

// Bundles a small entry that imports `names` from @waypost/themes' built ESM, as a consumer would, and returns
// the minified code (tree-shaken: only what those names reach).
async function themesBundle(names) {
  const dist = new URL('packages/themes/dist/index.js', root).pathname;
  const entry = '\0themes-entry';
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'themes-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? `export { ${names.join(', ')} } from ${JSON.stringify(dist)};` : null),
      },
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format: 'esm',
    plugins: [terser({ ecma: 2020, module: true, compress: { passes: 3 } })],
  });
  return output[0].code;
}

async function themesSize() {
  const code = await themesBundle(['auto', 'toCss']);
  // createTheme's colour search must stay out of the default path: its OKLab matrix is the tell.
  const leaked = code.includes('4122214708') || code.includes('CONTRAST_PAIRS');
  if (leaked) console.log('[waypost] size @waypost/themes: the default path pulls in createTheme code');
  for (const names of [
    ['PRESETS', 'toCss'],
    ['createTheme', 'toCss'],
  ]) {
    console.log(
      `[waypost] size @waypost/themes { ${names.join(', ')} }: ${format(gzip(await themesBundle(names)))} B gzip`,
    );
  }
  return report('@waypost/themes default path (auto + toCss)', gzip(code), { budget: 2_000 }) && !leaked;
}

const checks = { client: clientSize, widget: widgetSize, themes: themesSize };
const ok = await checks[process.argv[2]]();
process.exit(ok ? 0 : 1);
