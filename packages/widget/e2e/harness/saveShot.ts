import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';

/** Where the shopper-page screenshots live, beside the theme gallery. */
const SHOTS_DIR = fileURLToPath(new URL('../../../../docs/shopper/', import.meta.url));

/**
 * Saves a screenshot of one element to `docs/shopper/<name>.png` when `WAYPOST_SHOTS=1` is set, so the
 * documentation shows exactly what the test checked; an ordinary run writes nothing.
 *
 * @example await saveShot(page.locator('#w'), 'failed-lookup')
 */
export async function saveShot(target: Locator, name: string): Promise<void> {
  if (process.env.WAYPOST_SHOTS !== '1') return;
  mkdirSync(SHOTS_DIR, { recursive: true });
  await target.screenshot({ path: `${SHOTS_DIR}${name}.png`, animations: 'disabled' });
}
