import { existsSync } from 'node:fs';

/** The shared provider payloads, read in place beside the checkout. */
export const fixtureUrl = new URL('../../../../../../shared/fixtures/', import.meta.url);

export const fixturesAvailable = existsSync(fixtureUrl);

if (!fixturesAvailable)
  console.warn('[waypost] ../shared/fixtures not found: skipping the time tests on real payloads');
