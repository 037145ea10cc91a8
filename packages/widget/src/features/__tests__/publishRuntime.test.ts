import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VERSION } from '../../embed/VERSION.js';
import { publishRuntime, RUNTIME_KEY, runtime } from '../publishRuntime.js';

const dir = join(import.meta.dirname, '..');
const sources = readdirSync(dir)
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => ({ file, code: readFileSync(join(dir, file), 'utf8') }));
/** The modules whose names the feature files take from the runtime's `shared`. */
const fromRuntime = new Set(['preact', 'preact/hooks', 'preact/jsx-runtime', '@preact/signals', './shared.js']);
/** Files that run in the main bundle, not in `features.js`. */
const mainBundle = new Set(['publishRuntime.ts', 'shared.ts']);

describe('publishRuntime', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[RUNTIME_KEY];
  });

  it('publishes the runtime under this version, once, beside other versions', () => {
    const global = globalThis as unknown as Record<symbol, Record<string, unknown>>;
    global[RUNTIME_KEY] = { '0.0.1': { other: true } };
    publishRuntime();
    publishRuntime();
    expect(global[RUNTIME_KEY]?.[VERSION]).toBe(runtime);
    expect(global[RUNTIME_KEY]?.['0.0.1']).toEqual({ other: true });
  });

  it('holds every name the feature files import from the main bundle', () => {
    let checked = 0;
    for (const { file, code } of sources) {
      if (mainBundle.has(file)) continue;
      for (const match of code.matchAll(/^import \{([^}]+)\} from '([^']+)';/gm)) {
        const from = match[2]!;
        const names = match[1]!
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name && !name.startsWith('type '));
        if (!fromRuntime.has(from)) {
          // `@waypost/client`: the build bundles what the runtime does not publish (a constant only these files use)
          // and fails when a name the main bundle carries is not published.
          expect(
            from.startsWith('./') || from === '../i18n/en.js' || from === '@waypost/client',
            `${file} imports values from ${from}`,
          ).toBe(true);
          continue;
        }
        for (const name of names) {
          expect(name in runtime.shared, `${file}: ${name} from ${from}`).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    for (const name of ['jsx', 'jsxs', 'Fragment']) expect(name in runtime.shared).toBe(true);
  });
});
