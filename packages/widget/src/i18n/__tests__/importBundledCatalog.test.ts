import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBundledCatalog } from '../importBundledCatalog.js';
import { SUPPORTED_LOCALES } from '../SUPPORTED_LOCALES.js';

const files = readdirSync(join(import.meta.dirname, '../locales')).map((file) => file.replace(/\.ts$/, ''));

describe('importBundledCatalog', () => {
  it('has a chunk for every catalog file and every supported locale but English', async () => {
    const tags = [...new Set([...files, ...SUPPORTED_LOCALES.filter((tag) => tag !== 'en')])];
    for (const tag of tags) {
      const module = await importBundledCatalog(tag);
      expect(Object.keys(module.default ?? {}).length, tag).toBeGreaterThan(10);
    }
  });

  it('rejects for a tag without a catalog', async () => {
    await expect(importBundledCatalog('tlh')).rejects.toThrow('[waypost] no "tlh" catalog');
  });
});
