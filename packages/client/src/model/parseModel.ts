import * as v from 'valibot';
import { InvalidResponseError } from '../errors/InvalidResponseError.js';

/**
 * Validates `value` against one of the model's schemas and returns the typed, cleaned value (unknown keys
 * dropped, unsafe URLs removed). Anything else becomes an `InvalidResponseError` naming the first bad field.
 *
 * @example parseModel(lookupResultSchema, await response.json(), 'POST /lookup')
 */
export function parseModel<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '';
  const where = path === '' ? 'the body' : `\`${path}\``;
  throw new InvalidResponseError(
    `${what}: ${where} is invalid: expected ${issue.expected ?? issue.message}, got ${issue.received}`,
    {
      path,
    },
  );
}
