import { InvalidResponseError } from '../errors/InvalidResponseError.js';
import { ValidationIssue, type Validator } from './validate/Validator.js';

// Names what was found without echoing whole records (or personal data) into messages.
const describe = (value: unknown) =>
  Array.isArray(value)
    ? 'an array'
    : value && typeof value === 'object'
      ? 'an object'
      : typeof value === 'string'
        ? JSON.stringify(value.slice(0, 40))
        : String(value);

/**
 * Validates `value` against one of the model's schemas and returns the typed, cleaned value (unknown keys
 * dropped, unsafe URLs removed). Anything else becomes an `InvalidResponseError` naming the first bad field.
 *
 * @example parseModel(lookupResultSchema, await response.json(), 'POST /lookup')
 */
export function parseModel<T>(schema: Validator<T>, value: unknown, what: string): T {
  try {
    return schema(value);
  } catch (issue) {
    if (!(issue instanceof ValidationIssue)) throw issue;
    const path = issue.path.join('.');
    const where = path === '' ? 'the body' : `\`${path}\``;
    throw new InvalidResponseError(
      `${what}: ${where} is invalid: expected ${issue.expected}, got ${describe(issue.value)}`,
      {
        path,
      },
    );
  }
}
