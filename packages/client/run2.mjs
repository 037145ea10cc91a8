import { gzipSync } from 'node:zlib';
import terser from '/work/main/node_modules/@rollup/plugin-terser/dist/es/index.js';
import nodeResolve from '/work/main/node_modules/@rollup/plugin-node-resolve/dist/es/index.js';
import { rollup } from '/work/main/node_modules/rollup/dist/es/rollup.js';
const bundle = await rollup({ input: process.argv[2], plugins:[nodeResolve({browser:true, rootDir:'/work/main/packages/client'})], onwarn: () => {} });
const { output } = await bundle.generate({ format: 'esm', inlineDynamicImports: true, plugins: [terser({ ecma: 2020, module: true, compress: { passes: 3 } })] });
console.log(output[0].code.length, gzipSync(output[0].code, { level: 9 }).length);
