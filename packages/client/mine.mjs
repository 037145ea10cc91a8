import { build } from '/work/main/node_modules/esbuild/lib/main.js';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
const files = process.argv.slice(2);
for (const f of files) {
  const r = await build({ entryPoints: [f], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', external: ['ky','valibot','date-fns', '../model/*', '../errors/*', '../source/getCapabilities.js', './http/*'.replace('./http/*','__none__')], logLevel: 'silent' });
  const out = r.outputFiles[0].contents;
  console.log(f.padEnd(40), out.length, gzipSync(out, { level: 9 }).length);
}
