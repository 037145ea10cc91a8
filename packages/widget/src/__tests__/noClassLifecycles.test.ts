import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The script-tag build's Preact never calls these (`preactWithoutUnusedLifecycles` in the rollup config): a widget
// class that defined one would have it silently ignored there. The names are read from the config's own list (the
// config cannot be imported here: it loads the bundler).
const config = readFileSync(join(import.meta.dirname, '../../rollup.config.mjs'), 'utf8');
const UNUSED_LIFECYCLES = [
  ...(/const UNUSED_LIFECYCLES = \[([^\]]*)\]/.exec(config)?.[1] ?? '').matchAll(/'(\w+)'/g),
].map((match) => match[1]!);

const src = join(import.meta.dirname, '..');
const sources = (readdirSync(src, { recursive: true }) as string[]).filter(
  (file) => /\.tsx?$/.test(file) && !file.includes('__tests__'),
);

describe('class components', () => {
  it('define none of the lifecycles the script-tag build leaves out', () => {
    const found = sources.flatMap((file) => {
      const code = readFileSync(join(src, file), 'utf8');
      return UNUSED_LIFECYCLES.filter((name) => new RegExp(`\\b${name}\\b`).test(code)).map(
        (name) => `${file}: ${name}`,
      );
    });
    expect(UNUSED_LIFECYCLES).toContain('componentDidMount');
    expect(sources.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });
});
