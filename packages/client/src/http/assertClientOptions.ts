import { parseModel } from '../model/parseModel.js';
import type { Validator } from '../model/validate/Validator.js';
import * as v from '../model/validate/validators.js';
import type { ClientOptions, ClientRetryOptions } from './ClientOptions.js';

// Whole milliseconds (or a count) from `least` to the longest delay a timer keeps: past it `setTimeout` fires at
// once, and ky refuses such a `timeout`.
const upTo = (least: number) => v.optional(v.integer(least, 2 ** 31 - 1));
const count = upTo(0);

const isLanguageTag = (tag: string) => {
  try {
    return !!Intl.getCanonicalLocales(tag);
  } catch {
    return false;
  }
};

const clientOptionsSchema = v.object<Pick<ClientOptions, 'timeout' | 'cache' | 'retry' | 'locale' | 'maxStreams'>>({
  timeout: upTo(1),
  cache: (value) => (value === false ? value : count(value)),
  retry: (value) =>
    typeof value === 'number'
      ? count(value)
      : v.optional(v.object<ClientRetryOptions>({ limit: count, backoffLimit: count, maxRetryAfter: count }))(value),
  locale: v.optional(v.check(v.string, isLanguageTag, 'a BCP 47 language tag')),
  maxStreams: count,
});

/**
 * Refuses, when the client is created, options it cannot honour: out of range, a number would retry forever
 * (`retry: NaN`), fail every request (`timeout: Infinity`) or turn the cache off unasked (`cache: -1`), and a locale
 * that is not a BCP 47 tag would fail every request as a `NetworkError` (it is sent as `Accept-Language`). Throws a
 * `TypeError` naming the call, the option, what it takes and what it got.
 *
 * @example assertClientOptions({ timeout: 5_000, retry: { limit: 4 }, locale: 'fr-CA' })
 * @example assertClientOptions({ locale: next }, 'setLocale')
 */
export function assertClientOptions<T = ClientOptions>(
  options: T,
  what = 'createClient',
  schema: Validator<unknown> = clientOptionsSchema,
): void {
  try {
    parseModel(schema, options, `[waypost] ${what}`);
  } catch (error) {
    throw new TypeError((error as Error).message);
  }
}
