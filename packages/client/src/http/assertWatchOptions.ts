import * as v from '../model/validate/validators.js';
import { assertClientOptions } from './assertClientOptions.js';
import type { WatchOptions } from './WaypostClient.js';

// Whole milliseconds from `least` to the longest delay a timer keeps (past it `setTimeout` fires at once).
const delay = (least: number) => v.optional(v.integer(least, 2 ** 31 - 1));

/**
 * Refuses, when `watch` is called, intervals it cannot honour: `NaN` or `Infinity` would poll at once and forever,
 * `0` or less in a tight loop, and a `maxInterval` below the `interval` (60_000 when unset, as `createWatch` takes
 * it) would never apply. Throws a `TypeError` naming the option, what it takes and what it got, as
 * `assertClientOptions` does.
 *
 * @example assertWatchOptions({ interval: 30_000, maxInterval: 300_000 })
 */
export function assertWatchOptions(options: WatchOptions = {}): void {
  const schema = v.object<Pick<WatchOptions, 'interval' | 'maxInterval'>>({
    interval: delay(1),
    maxInterval: delay(options.interval ?? 60_000),
  });
  assertClientOptions(options, 'watch', schema);
}
