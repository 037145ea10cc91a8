import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The shared provider payloads, read in place beside the checkout (never copied into the repository). */
export const providerFixturesUrl = new URL('../../../../../../../shared/fixtures/', import.meta.url);

/** Whether the shared fixtures are beside the checkout; conformance suites skip when they are not. */
export const providerFixturesAvailable = existsSync(providerFixturesUrl);

/**
 * Every JSON payload of one provider's fixture folder, by file name, read at run time so a payload added later
 * is picked up (and fails the suite until it has an expectation).
 *
 * @example listProviderFixtures('karrio') // [{ file: 'test_expected_tracker_dhl_update.json', payload: {…} }, …]
 */
export function listProviderFixtures(provider: string): Array<{ file: string; payload: unknown }> {
  const folder = new URL(`${provider}/`, providerFixturesUrl);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, payload: JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as unknown }));
}
