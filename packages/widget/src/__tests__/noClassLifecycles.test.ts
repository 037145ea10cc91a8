import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The script-tag build's Preact never calls these (see `preactWithoutUnusedLifecycles` in the rollup config, which
// lists the same names): a widget class that defined one would have it silently ignored there.
const UNUSED_LIFECYCLES = [
  'getDerivedStateFromProps',
  'getDerivedStateFromError',
  'getSnapshotBeforeUpdate',
  'componentWillMount',
  'componentDidMount',
  'componentWillReceiveProps',
  'componentWillUpdate',
  'componentDidUpdate',
];

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
    expect(sources.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });
});
