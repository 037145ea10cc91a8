// Test helper (not a test): reads the real provider payloads kept beside the repository in `../shared/fixtures`.
// They are third-party data, so they are read at run time and never copied into the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../../../../../shared/fixtures/', import.meta.url);

/** True when `../shared/fixtures/<provider>/` exists; suites skip with a `[waypost]` message otherwise. */
export function hasFixtures(provider: string): boolean {
  return existsSync(fileURLToPath(new URL(`${provider}/`, root)));
}

/** The payload files of one provider, sorted. */
export function listFixtures(provider: string): string[] {
  return readdirSync(fileURLToPath(new URL(`${provider}/`, root)))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** One payload as the raw text the provider sent. */
export function readFixtureText(provider: string, name: string): string {
  return readFileSync(fileURLToPath(new URL(`${provider}/${name}`, root)), 'utf8');
}

/** One payload, parsed. */
export function readFixture(provider: string, name: string): unknown {
  return JSON.parse(readFixtureText(provider, name)) as unknown;
}

/** The `[waypost]` message a suite prints when it skips for lack of fixtures. */
export function getSkipMessage(provider: string): string {
  return `[waypost] ../shared/fixtures/${provider} is absent: skipping the ${provider} payload tests`;
}
