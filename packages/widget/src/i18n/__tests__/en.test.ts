import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, enActions, enFeatures, enOrders, enResult } from '../en.js';
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
    const english = { ...en, ...enResult, ...enFeatures, ...enActions, ...enOrders };
    for (const key of keys) expect(key in english || `${key}.other` in english, key).toBe(true);
  });

  it('lists a supported tag for every catalog file', () => {
    const files = readdirSync(join(here, '../locales')).map((file) => file.replace(/\.ts$/, ''));
    for (const tag of files) expect(SUPPORTED_LOCALES).toContain(tag);
  });
});
