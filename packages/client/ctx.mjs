import { build } from '/work/main/node_modules/esbuild/lib/main.js';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
const index = readFileSync('src/index.ts', 'utf8');
const without = index.split('\n').filter((l) => !l.includes('createClient') && !l.includes('resolveLookup')).join('\n');
for (const [name, code] of [['with', index], ['without', without]]) {
  writeFileSync(`src/.size-${name}.ts`, code);
  const r = await build({ entryPoints: [`src/.size-${name}.ts`], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', conditions: ['waypost-source'], logLevel: 'silent' });
  rmSync(`src/.size-${name}.ts`);
  const out = r.outputFiles[0].contents;
  console.log(name.padEnd(10), out.length, gzipSync(out, { level: 9 }).length);
}
