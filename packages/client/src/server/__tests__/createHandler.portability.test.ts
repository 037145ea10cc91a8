import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoSource } from '../../server.js';
import { createHandler } from '../createHandler.js';
import { testSecret } from './createTestSource.js';
import { postJson, readJson } from './requests.js';

// Every module the handler loads, found by following static and dynamic imports from its file.
function getImportGraph(entry: URL): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (url: URL) => {
    const path = fileURLToPath(url);
    if (seen.has(path)) return;
    const text = readFileSync(path, 'utf8');
    seen.set(path, text);
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      if (specifier?.startsWith('.')) visit(new URL(specifier.replace(/\.js$/, '.ts'), url));
    }
  };
  visit(entry);
  return seen;
}

describe('createHandler', () => {
  const graph = getImportGraph(new URL('../createHandler.ts', import.meta.url));

  it('imports nothing from node: and no package but entities (plain ECMAScript)', () => {
    const external = new Set<string>();
    for (const text of graph.values()) {
      for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)) external.add(specifier!);
    }
    expect([...external].sort()).toEqual(['entities']);
    expect(graph.size).toBeGreaterThan(20);
  });

  it('keeps the whole server entry, node helpers included, free of runtime node: imports', () => {
    const entry = getImportGraph(new URL('../../server.ts', import.meta.url));
    const runtimeImports = [...entry.values()].flatMap((text) =>
      [...text.matchAll(/^import (?!type )[^;]*from '(node:[^']+)'/gm)].map((match) => match[1]),
    );
    expect(runtimeImports).toEqual([]);
    expect([...entry.keys()].some((path) => path.endsWith('serveNode.ts'))).toBe(true);
  });

  it('uses no Node-only globals, and looks for Node built-ins in one place, through globalThis', () => {
    const lookup = [...graph.keys()].filter((path) => path.endsWith('getNodeBuiltin.ts'));
    expect(lookup).toHaveLength(1);
    for (const [path, text] of graph) {
      const code = text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      if (path === lookup[0]) {
        // `process` appears only as a property read off `globalThis` (and in that read's type).
        expect(code).toMatch(/\(globalThis as \{ process\?: .*\}\)\.process;/);
        expect(code.replace(/\(globalThis as \{ process\?: .*\}\)\.process;/, '')).not.toMatch(/\bprocess\b/);
        continue;
      }
      expect(code, path).not.toMatch(/\b(?:Buffer|process|require|__dirname|setImmediate)\b/);
    }
  });

  it('serves the demo source', async () => {
    const handler = createHandler({ source: demoSource({ seed: 1 }), secret: testSecret, rateLimit: false });
    const response = await handler(postJson('/lookup', { orderNumber: 'W1004', postalCode: '94107' }));
    expect(response.status).toBe(200);
    expect((await readJson(response)).order.shipments).toHaveLength(3);
  });
});
