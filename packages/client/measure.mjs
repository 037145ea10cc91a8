import { build } from '/work/main/node_modules/esbuild/lib/main.js';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
const entries = {
  all: `export * from './src/index.ts';`,
  noClient: `export * from './src/index.ts';`.replace('', ''),
};
async function size(code, name) {
  writeFileSync(`/work/main/packages/client/.size-${name}.ts`, code);
  const r = await build({ entryPoints: [`/work/main/packages/client/.size-${name}.ts`], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', conditions: ['waypost-source'], logLevel: 'silent' });
  const out = r.outputFiles[0].contents;
  console.log(name.padEnd(12), out.length, gzipSync(out, { level: 9 }).length);
}
await size(`export * from './src/index.ts';`, 'all');
await size(`export { createClient } from './src/createClient.ts';`, 'client');
await size(`import ky from 'ky'; export { ky };`, 'ky');
await size(`export { createHttpClient } from './src/http/createHttpClient.ts';`, 'httpClient');
await size(`export { createSourceClient } from './src/http/createSourceClient.ts';`, 'srcClient');
await size(`export { parseLookupResult } from './src/model/parseLookupResult.ts'; export { parseResource } from './src/model/parseResource.ts';export { parseModel } from './src/model/parseModel.ts';export * from './src/model/schemas/actionSchemas.ts';export * from './src/model/schemas/capabilitiesSchema.ts';`, 'model');
await size(`export * from './src/time/formatTime.ts'; export * from './src/time/getEtaSummary.ts'; export * from './src/time/parseTime.ts'; export * from './src/time/sortEvents.ts'; export * from './src/time/toInstant.ts'; export * from './src/time/compareTimes.ts';`, 'time');
