import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
for (const f of process.argv.slice(2)) {
  const r = await transform(readFileSync(f, 'utf8'), { minify: true, format: 'esm', loader: 'ts' });
  console.log(f, r.code.length, gzipSync(r.code, { level: 9 }).length);
}
