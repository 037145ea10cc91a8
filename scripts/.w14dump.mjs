import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { writeFileSync } from 'node:fs';
const [dist, out] = process.argv.slice(2);
const entry = '\0e';
const bundle = await rollup({ input: entry, plugins: [{ name: 'e', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? `export { createClient } from ${JSON.stringify(dist)};` : null), resolveDynamicImport: () => false }, nodeResolve({ browser: true })], onwarn: () => {} });
const { output } = await bundle.generate({ format: 'esm', plugins: [terser({ ecma: 2020, module: true, compress: { passes: 3 }, mangle: false })] });
writeFileSync(out, output[0].code.replace(/;/g, ';\n').replace(/\{/g, '{\n'));
