import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOptionalPeer } from '../importOptionalPeer.js';

describe('importOptionalPeer', () => {
  it('loads an installed optional peer at run time', async () => {
    const module = (await importOptionalPeer('nodemailer')) as { default: { createTransport: unknown } };
    expect(typeof module.default.createTransport).toBe('function');
  });

  it('keeps the specifier out of bundlers’ sight with each bundler’s ignore comment', () => {
    const source = readFileSync(new URL('../importOptionalPeer.ts', import.meta.url), 'utf8');
    expect(source).toMatch(
      /import\(\/\* webpackIgnore: true \*\/ \/\* turbopackIgnore: true \*\/ \/\* @vite-ignore \*\/ name\)/,
    );
  });
});
