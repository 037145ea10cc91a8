import { rollup } from 'rollup';
import { minify } from '/work/main/node_modules/.pnpm/terser@5.51.2/node_modules/terser/main.js';
import { gzipSync } from 'node:zlib';
import configs from './rollup.config.mjs';
const config = configs[1];
const plugins = config.plugins.filter(p => p.name !== 'terser');
const bundle = await rollup({ ...config, plugins, onwarn: () => {} });
const { output } = await bundle.generate({ format: 'iife' });
const groups = {};
for (const [id, m] of Object.entries(output[0].modules)) {
  const short = id.replace(/.*node_modules\/\.pnpm\//,'').replace('/work/main/','');
  const key = short.includes('packages/client') ? 'client:' + short.split('/src/')[1]?.split('/')[0] : short.includes('packages/widget') ? 'widget:' + short.split('/src/')[1]?.split('/')[0] : short.includes('packages/themes') ? 'themes:' + short.split('/src/')[1]?.split('/')[0] : short.split('/node_modules/')[1]?.split('/')[0] ?? short.split('/src/')[0];
  groups[key] = (groups[key] || '') + m.code + '\n';
}
let total = 0;
const rows = [];
for (const [k, code] of Object.entries(groups)) {
  const min = (await minify(`(function(){${code}})()`, { ecma: 2020, compress: {unused:false, side_effects:false} , mangle: true})).code ?? '';
  const gz = gzipSync(min, { level: 9 }).length; total += gz;
  rows.push([k, min.length, gz]);
}
rows.sort((a, b) => b[2] - a[2]);
console.table(rows); console.log('sum of separately gzipped', total);
