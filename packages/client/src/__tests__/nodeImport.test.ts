import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${packageDir}dist/index.js`);

// Runs in plain Node: no DOM globals, no test environment. The built package is what npm users get.
const script = `
const before = Object.keys(globalThis).sort().join();
const client = await import('@waypost/client');
const instance = client.createClient({ endpoint: 'https://shop.example/apps/waypost' });
console.log(JSON.stringify({
  window: typeof globalThis.window,
  document: typeof globalThis.document,
  globalsUnchanged: Object.keys(globalThis).sort().join() === before,
  createClient: typeof client.createClient,
  lookup: typeof instance.lookup,
  error: new client.NotFoundError('x').code,
}));
`;

describe('@waypost/client', () => {
  it.runIf(built)('imports in plain Node 20 from dist without touching window or document', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      window: 'undefined',
      document: 'undefined',
      globalsUnchanged: true,
      createClient: 'function',
      lookup: 'function',
      error: 'not_found',
    });
  });

  it.skipIf(built)('imports from source without touching window or document', async () => {
    console.info('[waypost] dist/ is absent: importing the source instead of the build');
    const before = Object.keys(globalThis).sort().join();
    const client = await import('../index.js');
    client.createClient({ endpoint: 'https://shop.example/apps/waypost' });
    expect(typeof globalThis).toBe('object');
    expect('window' in globalThis).toBe(false);
    expect('document' in globalThis).toBe(false);
    expect(Object.keys(globalThis).sort().join()).toBe(before);
  });
});
