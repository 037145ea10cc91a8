/**
 * The mount path in the one form routing compares against: `''` or `/segment…` without a trailing slash.
 *
 * @example normalizeBasePath('/api/waypost/') // '/api/waypost'
 * @example normalizeBasePath(undefined) // ''
 */
export function normalizeBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').trim().replace(/\/+$/, '');
  if (trimmed !== '' && !/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/.test(trimmed)) {
    throw new TypeError(`[waypost] basePath must be a path such as '/api/waypost', got ${JSON.stringify(basePath)}`);
  }
  return trimmed;
}
