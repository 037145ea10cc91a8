import type { TimeValue } from '../model/TimeValue.js';
import { getTimeKey } from './getTimeKey.js';

/**
 * Orders two times for `Array.prototype.sort`: negative when `a` is earlier. Missing (`null`) times come first.
 * Instants and zoned wall-clock readings compare by their moment; floating wall-clock readings and dates compare
 * on their text read as UTC, the best guess when the source gave no zone. Equal times give `0`.
 *
 * @example [b, a].sort(compareTimes) // oldest first
 * @example compareTimes(parseTime('2024-01-01T10:00:00Z'), parseTime('2024-01-01T11:00:00+02:00')) // 1
 */
export function compareTimes(a: TimeValue | null, b: TimeValue | null): number {
  const left = getTimeKey(a);
  const right = getTimeKey(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
