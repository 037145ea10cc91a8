// `node scripts/anatomy.mjs [top] [file]`: what `waypost.js` (or an on-demand file: `result`, `features`…) is
// made of. Builds the script-tag file in memory (the widget's own rollup config, with a source map), attributes
// every minified byte to the source module it came from, and
// prints each module's gzip contribution: how many gzip bytes the file loses when that module's code is cut out
// (the marginal cost, which counts what gzip cannot share with the rest of the file). Groups sum the modules of one
// package or widget folder. `top` (default 40) bounds the module list.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';

const widgetDir = new URL('../packages/widget/', import.meta.url);
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const format = (bytes) => bytes.toLocaleString('en-US');

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of a source map's `mappings` into `[generatedColumn, sourceIndex]` pairs. */
function decodeLine(line, state) {
  const segments = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
    column += values[0];
    if (values.length > 1) state.source += values[1];
    segments.push([column, values.length > 1 ? state.source : -1]);
  }
  return segments;
}

/** Splits the generated code into runs of characters, each owned by one source (or by none: rollup's wrapper). */
function attribute(code, map) {
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  const state = { source: 0 };
  const owner = new Int32Array(code.length).fill(-1);
  let offset = 0;
  lines.forEach((line, index) => {
    const segments = decodeLine(mappingLines[index] ?? '', state);
    segments.forEach(([column, source], at) => {
      const end = at + 1 < segments.length ? segments[at + 1][0] : line.length;
      owner.fill(source, offset + column, offset + end);
    });
    offset += line.length + 1;
  });
  return owner;
}

/** A module's group: the npm package it comes from, or the widget / client folder it lives in. */
function groupOf(source) {
  const pkg = source.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = source.match(/^(?:\.\.\/)*(?:(\w+)\/)?src\/(?:([\w-]+)\/)?/);
  return own ? `${own[1] ?? 'widget'}/${own[2] ?? ''}` : '(bundle)';
}

const shorten = (source) =>
  source.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^.*packages\//, '');

process.chdir(fileURLToPath(widgetDir));
const { default: configs } = await import(new URL('rollup.config.mjs', widgetDir).href);
const target = process.argv[3] ?? 'waypost';
const config = configs.find((entry) => entry.output?.file === `dist/${target}.js`);
if (target !== 'waypost') {
  // An on-demand file needs the main bundle's module list, which the main build records as it generates.
  const main = configs.find((entry) => entry.output?.file === 'dist/waypost.js');
  const mainBundle = await rollup({ ...main, onwarn: () => {} });
  await mainBundle.generate(main.output);
  await mainBundle.close();
}
const bundle = await rollup({ ...config, onwarn: () => {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: true });
await bundle.close();
const { code, map } = output[0];

const owner = attribute(code, map);
const total = gzip(code);
const bySource = new Map();
for (let index = 0; index < code.length; index++) {
  const source = owner[index];
  bySource.set(source, (bySource.get(source) ?? 0) + 1);
}

/** gzip bytes saved by cutting every character owned by one of `sources` out of the file. */
const without = (sources) => {
  let kept = '';
  let start = 0;
  for (let index = 0; index <= code.length; index++) {
    const cut = index < code.length && sources.has(owner[index]);
    if (cut && start < index) kept += code.slice(start, index);
    if (cut) start = index + 1;
  }
  kept += code.slice(start);
  return total - gzip(kept);
};

const modules = [...bySource.keys()]
  .filter((source) => source >= 0)
  .map((source) => ({
    name: shorten(map.sources[source]),
    group: groupOf(map.sources[source]),
    source,
    bytes: bySource.get(source),
  }));
for (const module of modules) module.gzip = without(new Set([module.source]));

const groups = new Map();
for (const module of modules) {
  const group = groups.get(module.group) ?? { name: module.group, sources: new Set(), bytes: 0 };
  group.sources.add(module.source);
  group.bytes += module.bytes;
  groups.set(module.group, group);
}
for (const group of groups.values()) group.gzip = without(group.sources);

const top = Number(process.argv[2]) || 40;
const row = (name, bytes, gz) => `${name.padEnd(52)} ${format(bytes).padStart(8)} ${format(gz).padStart(8)}`;
console.log(`[waypost] anatomy of ${target}.js: ${format(code.length)} B minified, ${format(total)} B gzip`);
console.log(row('group', 'min B', 'gzip B'));
for (const group of [...groups.values()].sort((a, b) => b.gzip - a.gzip)) {
  console.log(row(group.name, group.bytes, group.gzip));
}
console.log('');
console.log(row(`module (top ${top} by gzip)`, 'min B', 'gzip B'));
for (const module of modules.sort((a, b) => b.gzip - a.gzip).slice(0, top)) {
  console.log(row(module.name, module.bytes, module.gzip));
}
