import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, enActions, enFeatures, enOrders, enRecords, enResult } from '../en.js';
import { SUPPORTED_LOCALES } from '../SUPPORTED_LOCALES.js';

// jsdom gives `import.meta.url` an http: URL; the files are read from disk.
const here = import.meta.dirname;

const source = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.parentPath.includes('__tests__'))
    .map((entry) => readFileSync(`${entry.parentPath}/${entry.name}`, 'utf8'))
    .join('\n');

/**
 * The code a module carries: its file and every file it imports for values (not `import type`, not `import()`),
 * with comments cut, and without the catalogs themselves.
 */
function carried(entry: string, seen = new Set<string>()): string {
  if (seen.has(entry) || entry.endsWith('/i18n/en.ts')) return '';
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  let out = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const [, path] of code.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?\sfrom\s'(\.{1,2}\/[^']+)\.js'/gm)) {
    const base = join(dirname(entry), path!);
    const file = [`${base}.ts`, `${base}.tsx`].find((name) => existsSync(name));
    if (file) out += carried(file, seen);
  }
  return out;
}

/** Every English key, whichever file ships it. */
const english: Record<string, string> = { ...en, ...enResult, ...enFeatures, ...enActions, ...enRecords, ...enOrders };

describe('en', () => {
  it('has every key the code asks for by name', () => {
    const code = source(join(here, '../..'));
    const keys = [...code.matchAll(/\bt\('([a-z]+\.[\w.]+)'/g)].map((match) => match[1]!);
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) expect(key in english || `${key}.other` in english, key).toBe(true);
  });

  it('gives every view the English text it asks for by the time it renders', () => {
    const src = join(here, '../..');
    // What has joined `en` when each file's views render: `result.js` loads before any view of a found record,
    // the list waits for it too, and `features.js` loads only from the bar in `actions.js`.
    const loaded = {
      'embed/scriptTag.ts': [en],
      'index.ts': [en],
      'result/index.ts': [en, enResult],
      'records/index.ts': [en, enResult, enRecords],
      'actions/index.ts': [en, enResult, enActions],
      'features/index.ts': [en, enResult, enActions, enFeatures],
      'orders/index.ts': [en, enResult, enOrders],
    };
    for (const [entry, catalogs] of Object.entries(loaded)) {
      const known = new Set(catalogs.flatMap((catalog) => Object.keys(catalog)));
      const code = carried(join(src, entry));
      const named = [...code.matchAll(/'([a-z]+\.[\w.]+)'/g)].map((match) => match[1]!).filter((key) => key in english);
      for (const key of named) expect(known.has(key), `${entry} asks for ${key}`).toBe(true);
      const built = [...code.matchAll(/`([a-z]+\.[\w.]*)\$\{/g)].map((match) => match[1]!);
      for (const prefix of built) {
        const matching = Object.keys(english).filter((key) => key.startsWith(prefix));
        if (matching.length)
          expect(
            [...known].some((key) => key.startsWith(prefix)),
            `${entry} asks for ${prefix}…`,
          ).toBe(true);
      }
    }
  });

  it('is exported whole from the public entry, so a catalog written outside can start from every key', async () => {
    const api: Record<string, unknown> = await import('../../index.js');
    const parts = Object.keys(api).filter((name) => /^en([A-Z]|$)/.test(name));
    expect(parts.sort()).toEqual(['en', 'enActions', 'enFeatures', 'enOrders', 'enRecords', 'enResult']);
    // `en` gains the other parts' keys as their views load, so the union is compared, not each part.
    const keys = new Set(parts.flatMap((name) => Object.keys(api[name] as object)));
    expect([...keys].sort()).toEqual(Object.keys(english).sort());
  });

  it('lists a supported tag for every catalog file', () => {
    const files = readdirSync(join(here, '../locales')).map((file) => file.replace(/\.ts$/, ''));
    for (const tag of files) expect(SUPPORTED_LOCALES).toContain(tag);
  });
});
