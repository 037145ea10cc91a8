import { gzipSync } from 'node:zlib';
import terser from '/work/main/node_modules/@rollup/plugin-terser/dist/es/index.js';
import nodeResolve from '/work/main/node_modules/@rollup/plugin-node-resolve/dist/es/index.js';
import { rollup } from '/work/main/node_modules/rollup/dist/es/rollup.js';
const bundle = await rollup({ input: '/work/main/packages/client/dist/index.js', plugins:[nodeResolve({browser:true})], onwarn: () => {} });
const { output } = await bundle.generate({ format: 'esm', inlineDynamicImports: true });
const groups = {};
for (const [id, m] of Object.entries(output[0].modules)) {
  const g = id.includes('node_modules') ? id.split('node_modules/').pop().split('/')[0] : id.replace('/work/main/packages/client/','');
  groups[g] = (groups[g] ?? 0) + m.renderedLength;
}
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${v}\t${k}`).join('\n'));
