// Test helper (not a test): real provider payloads live beside the repository in `../shared/fixtures`; they are
// third-party data, read at run time and never copied in.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../../../../shared/fixtures/', import.meta.url);

/** True when `../shared/fixtures/<path>` exists. */
export function hasSharedFixture(path: string): boolean {
  return existsSync(fileURLToPath(new URL(path, root)));
}

/** One payload, parsed. */
export function readSharedFixture(path: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(path, root)), 'utf8')) as unknown;
}
