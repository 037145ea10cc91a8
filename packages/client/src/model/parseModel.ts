import { InvalidResponseError } from '../errors/InvalidResponseError.js';
import { ValidationIssue, type Validator } from './validate/Validator.js';

const describe = (value: unknown) =>
  typeof value === 'string'
    ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
    : Array.isArray(value)
      ? 'an array'
      : value === null || typeof value !== 'object'
        ? String(value)
        : 'an object';

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
    throw new InvalidResponseError(`${what}: ${where} is invalid: expected ${issue.expected}, got ${describe(issue.value)}`, {
      path,
    });
  }
}
