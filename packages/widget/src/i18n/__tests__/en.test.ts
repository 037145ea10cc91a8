import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../en.js';
import es from '../locales/es.js';
import { SUPPORTED_LOCALES } from '../SUPPORTED_LOCALES.js';

// jsdom gives `import.meta.url` an http: URL; the files are read from disk.
const here = import.meta.dirname;

const source = (dir: string): string =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.parentPath.includes('__tests__'))
    .map((entry) => readFileSync(`${entry.parentPath}/${entry.name}`, 'utf8'))
    .join('\n');

describe('en', () => {
  it('has every key the code asks for by name', () => {
    const code = source(join(here, '../..'));
    const keys = [...code.matchAll(/\bt\('([a-z]+\.[\w.]+)'/g)].map((match) => match[1]!);
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) expect(key in en || `${key}.other` in en, key).toBe(true);
  });

  it('is matched key for key by the Spanish catalog, with the same placeholders', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const names = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(names((es as Record<string, string>)[key]!), key).toEqual(names(text));
    }
  });

  it('lists a supported tag for every catalog file', () => {
    const files = readdirSync(join(here, '../locales')).map((file) => file.replace(/\.ts$/, ''));
    for (const tag of files) expect(SUPPORTED_LOCALES).toContain(tag);
  });
});
