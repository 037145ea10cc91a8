import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { memorySource, sampleOrder } from '../../source/__tests__/memorySource.js';
import { createDeferredSourceClient } from '../createDeferredSourceClient.js';

const query = { orderNumber: 'W1001', email: 'shopper@example.com' };
const packageDir = fileURLToPath(new URL('../../../', import.meta.url));
const built = existsSync(`${packageDir}dist/index.js`);

describe('createDeferredSourceClient', () => {
  it('answers capabilities at once and never touches the source for them', async () => {
    const { source, calls } = memorySource({ push: true });
    const client = createDeferredSourceClient({ source }, source);
    expect(client.capabilities).toMatchObject({ push: true, lookup: { trackingNumber: true } });
    expect(await client.loadCapabilities()).toBe(client.capabilities);
    expect(calls).toEqual([]);
  });

  it('starts a watch made before any other call once the client has loaded', async () => {
    const { source, listeners, update } = memorySource({ push: true });
    const client = createDeferredSourceClient({ source }, source);
    const result = {
      kind: 'order' as const,
      order: sampleOrder(),
      access: { token: 't', expiresAt: '2030-01-01T00:00:00Z' },
    };
    const listener = vi.fn();
    const stop = client.watch(result, listener);
    await vi.waitFor(() => expect(listeners.size).toBe(1));
    update((order) => {
      order.status.exception = 'delayed';
    });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('never starts a watch stopped before the client loaded', async () => {
    const { source, listeners } = memorySource({ push: true });
    const client = createDeferredSourceClient({ source }, source);
    const result = {
      kind: 'order' as const,
      order: sampleOrder(),
      access: { token: 't', expiresAt: '2030-01-01T00:00:00Z' },
    };
    client.watch(result, () => {})();
    await client.get('order', 'ord_1');
    expect(listeners.size).toBe(0);
  });

  it('gives the source the locale set before and after loading', async () => {
    const { source } = memorySource();
    const spy = vi.spyOn(source, 'get');
    const client = createDeferredSourceClient({ source, locale: 'en-US' }, source);
    client.setLocale('fr-FR');
    await client.get('order', 'ord_1');
    client.setLocale('de-DE');
    await client.lookup(query);
    await client.get('order', 'ord_1');
    expect(spy.mock.calls.map((call) => call[2].locale)).toEqual(['fr-FR', 'de-DE']);
  });

  it.runIf(built)('is a separate chunk of the build that loads in plain Node', () => {
    // Walk the static imports of the entry: the source client must be reachable only through `import()`.
    const files = new Set<string>();
    const dynamic: string[] = [];
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, path] of code.matchAll(/from ?'(\.[^']+)'/g))
        visit(fileURLToPath(new URL(path!, `file://${file}`)));
      for (const [, path] of code.matchAll(/import\('(\.[^']+)'\)/g)) dynamic.push(path!);
    };
    visit(`${packageDir}dist/index.js`);
    expect(dynamic.some((path) => /createSourceClient-[\w-]+\.js$/.test(path))).toBe(true);
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain('function createSourceClient(');
    const script = `
      const { createClient } = await import('@waypost/client');
      const order = ${JSON.stringify(sampleOrder())};
      const source = {
        name: 'inline',
        findOrder: async () => ({ order, contact: { email: 'shopper@example.com' } }),
        get: async (kind) => (kind === 'order' ? { kind, order } : null),
      };
      const client = createClient({ source });
      const result = await client.lookup(${JSON.stringify(query)});
      const again = await client.get('order', order.id);
      console.log(JSON.stringify([result.kind, result.order.number, again.order.id, client.capabilities.push]));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['order', 'W1001', 'ord_1', false]);
  });
});
