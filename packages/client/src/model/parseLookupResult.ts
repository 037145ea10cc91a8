import type { LookupResult } from './LookupResult.js';
import { parseModel } from './parseModel.js';
import { lookupResultSchema } from './schemas/lookupResultSchema.js';

/**
 * Validates a lookup result from any boundary. Returns the typed result or throws an `InvalidResponseError`
 * naming the first bad field; never anything else.
 *
 * @example const result = parseLookupResult(await response.json())
 */
export function parseLookupResult(value: unknown, what = 'lookup result'): LookupResult {
  return parseModel<LookupResult>(lookupResultSchema, value, what);
}
