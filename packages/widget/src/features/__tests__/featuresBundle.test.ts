import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../../dist');
const file = join(dist, 'features.js');
const built = existsSync(file);

if (!built) console.warn('[waypost] features bundle test skipped: run `pnpm --filter @waypost/widget build` first');

describe.skipIf(!built)('featuresBundle', () => {
  const code = built ? readFileSync(file, 'utf8') : '';
  const main = built ? readFileSync(join(dist, 'waypost.js'), 'utf8') : '';

  it('runs on the main bundle’s published runtime instead of carrying Preact or its hooks', () => {
    expect(code).toMatch(/Symbol\.for\(["']waypost\.runtime["']\)/);
    expect(code).not.toContain('__H');
    expect(code).not.toMatch(/^\s*import\s/m);
  });

  it('reads the runtime’s names by their short keys instead of spelling them out in both files', () => {
    expect(code).toMatch(/const\{\w+:\w+(,\w+(:\w+)?)*\}=\w+\.shared;/);
    for (const name of ['useWidget', 'useState', 'jsxs', 'isEmailAddress']) {
      expect(code, name).not.toMatch(new RegExp(`\\b${name}\\b`));
      expect(main, name).not.toContain(`${name}:`);
    }
  });

  it('carries the panels’ English text, which the main bundle does not', () => {
    expect(code).toContain('Tick the box to agree to alerts.');
    expect(main).not.toContain('Tick the box to agree to alerts.');
  });

  it('contains no eval, new Function or innerHTML', () => {
    for (const banned of ['eval(', 'new Function', 'innerHTML', 'dangerouslySetInnerHTML']) {
      expect(code.includes(banned), banned).toBe(false);
    }
  });
});
