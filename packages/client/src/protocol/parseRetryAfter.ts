/**
 * Reads a `Retry-After` header: delay seconds, or an HTTP date. Returns whole seconds from `now`, never negative;
 * `undefined` when the header is missing or unreadable.
 *
 * @example parseRetryAfter('120') // 120
 * @example parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:30 GMT')) // 30
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  // Delay seconds are digits only (`1.5` and `-5` are unreadable); an HTTP date always has a day name (without
  // that test, engines read `-5` as a year).
  const date = /^\d+$/.test(text) ? now + Number(text) * 1000 : /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
