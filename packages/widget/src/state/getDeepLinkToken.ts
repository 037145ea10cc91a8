/**
 * Reads a deep-link token (`?waypost_token=…`) from a page URL's query string, so links in order emails open
 * straight on the record. Returns `null` when absent or when the page has no location (Node).
 *
 * @example getDeepLinkToken('?waypost_token=eyJr…') // 'eyJr…'
 */
export function getDeepLinkToken(search: string | undefined, name = 'waypost_token'): string | null {
  if (!search) return null;
  const value = new URLSearchParams(search).get(name)?.trim();
  return value ? value : null;
}
