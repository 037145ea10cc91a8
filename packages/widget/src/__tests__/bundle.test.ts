import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');
const bundle = join(dist, 'waypost.js');
const built = existsSync(bundle);

if (!built) console.warn('[waypost] bundle test skipped: run `pnpm --filter @waypost/widget build` first');

describe.skipIf(!built)('bundle', () => {
  const code = built ? readFileSync(bundle, 'utf8') : '';

  it('contains no eval, new Function, innerHTML or dangerouslySetInnerHTML', () => {
    for (const banned of ['eval(', 'new Function', 'innerHTML', 'dangerouslySetInnerHTML']) {
      expect(code.includes(banned), banned).toBe(false);
    }
  });

  it('warns of a misused mount or command, and keeps development-only warnings out of the production file', () => {
    expect(code).toContain('unknown command');
    expect(code).toContain('mount: no element matches');
    expect(code).not.toContain('client.setLocale failed');
  });

  it('is one self-contained script: no static import or export', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('starts every shipped file with V8’s compile hint, so its functions compile off the main thread', () => {
    // `sri.json` lists every file the script tag can load.
    const files = Object.keys(JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8')));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      expect(readFileSync(join(dist, file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'), file).toBe(true);
    }
  });

  it('ships an ES module catalog per locale file', () => {
    const files = readdirSync(join(dist, 'locales'));
    expect(files).toContain('es.js');
    expect(readFileSync(join(dist, 'locales', 'es.js'), 'utf8')).toMatch(/export\s*\{|export default/);
  });
});
