import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `dist/sri.json` is what a release publishes for `<script integrity>`: every value must be the SHA-384 of the
// bytes that ship, recomputed here independently of the build step that wrote it.
const dist = join(import.meta.dirname, '../../dist');
const built = existsSync(join(dist, 'waypost.js'));

if (!built) console.warn('[waypost] sri.json test skipped: run `pnpm --filter @waypost/widget build` first');

const integrityOf = (file: string) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(dist, file)))
    .digest('base64')}`;

const listJs = (folder: string) =>
  existsSync(join(dist, folder))
    ? readdirSync(join(dist, folder))
        .filter((file) => file.endsWith('.js'))
        .map((file) => `${folder}/${file}`)
    : [];

describe.skipIf(!built)('sri.json', () => {
  const read = () => JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8')) as Record<string, string>;

  it('lists every browser file the script tag can load, and nothing else', () => {
    const shipped = [
      'waypost.js',
      ...['features.js', 'result.js', 'actions.js', 'records.js', 'orders.js', 'live.js'].filter((file) =>
        existsSync(join(dist, file)),
      ),
      ...listJs('locales'),
      ...listJs('themes'),
    ].sort();
    expect(shipped).toContain('locales/es.js');
    expect(shipped).toContain('themes/bold.js');
    expect(Object.keys(read()).sort()).toEqual(shipped);
  });

  it('holds the sha384 of the bytes of each file', () => {
    const sri = read();
    for (const [file, integrity] of Object.entries(sri)) {
      expect(integrity, file).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
      expect(integrity, file).toBe(integrityOf(file));
    }
  });
});
