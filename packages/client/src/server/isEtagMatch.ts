/**
 * Whether an `If-None-Match` header matches `etag`. RFC 9110 uses the weak comparison here, so a `W/` prefix that
 * a proxy added still matches; `*` matches any current representation.
 *
 * @example isEtagMatch('W/"abc", "def"', '"abc"') // true
 */
export function isEtagMatch(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}
