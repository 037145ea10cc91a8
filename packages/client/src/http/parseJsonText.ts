import { InvalidResponseError } from '../errors/InvalidResponseError.js';

/**
 * `JSON.parse` that fails with an `InvalidResponseError` (truncated or non-JSON bodies) instead of a `SyntaxError`.
 *
 * @example parseJsonText('{"kind":', 'POST /lookup') // throws InvalidResponseError
 */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InvalidResponseError(`${what}: the body is not complete JSON`, { path: '', cause });
  }
}
