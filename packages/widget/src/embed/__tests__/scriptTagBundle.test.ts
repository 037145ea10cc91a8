import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const file = join(import.meta.dirname, '../../../dist/waypost.js');
const built = existsSync(file);

if (!built) console.warn('[waypost] script-tag bundle test skipped: run `pnpm --filter @waypost/widget build` first');

describe.skipIf(!built)('scriptTagBundle', () => {
  const code = built ? readFileSync(file, 'utf8') : '';

  it('leaves out the in-process client and rejects a source with UnsupportedError instead', () => {
    // resolveLookup's messages are the tell that the source client was bundled.
    expect(code).not.toContain('cannot look up orders');
    expect(code).toContain('in-process sources are not available in the script-tag build; pass a `client`');
    expect(code).toContain('UnsupportedError');
  });

  it('still carries the HTTP client', () => {
    // ky's retry loop and its errors (its forced retries are cut: the client never starts one).
    expect(code).toContain('Request failed with');
    expect(code).toContain('Request timed out');
    expect(code).not.toContain('Forced retry');
  });
});
