/**
 * True when `value` is an absolute `http:` or `https:` URL. Links and images from data pass this check
 * before anything renders them.
 *
 * @example isHttpUrl('https://www.ups.com/track?tracknum=1Z') // true
 * @example isHttpUrl('javascript:alert(1)') // false
 */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
