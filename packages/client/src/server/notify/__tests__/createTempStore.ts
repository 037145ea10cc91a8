// Test helper (not a test): a SQLite subscription store in a fresh temporary file, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteSubscriptionStore } from '../createSqliteSubscriptionStore.js';
import type { SubscriptionStore } from '../SubscriptionStore.js';

/** True when the optional better-sqlite3 peer is installed and loads. */
export const hasSqlite = await import('better-sqlite3').then(
  () => true,
  () => false,
);
if (!hasSqlite) console.warn('[waypost] better-sqlite3 is not installed: skipping the SQLite store tests');

/** A store on disk, with its file name and a cleanup. */
export async function createTempStore(): Promise<{
  store: SubscriptionStore;
  filename: string;
  remove(): Promise<void>;
}> {
  const folder = mkdtempSync(join(tmpdir(), 'waypost-alerts-'));
  const filename = join(folder, 'alerts.sqlite');
  const store = await createSqliteSubscriptionStore({ filename });
  return {
    store,
    filename,
    async remove() {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
