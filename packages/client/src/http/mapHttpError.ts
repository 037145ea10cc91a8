import { HttpError, type HttpErrorOptions } from '../errors/HttpError.js';
import type { InvalidRequestErrorOptions } from '../errors/InvalidRequestError.js';
import type { RateLimitErrorOptions } from '../errors/RateLimitError.js';
import type { WaypostError } from '../errors/WaypostError.js';
import { PROBLEMS } from '../protocol/PROBLEMS.js';
import { parseRetryAfter } from '../protocol/parseRetryAfter.js';
import { readProblem } from './readProblem.js';

/**
 * Turns a non-success response into the protocol's error, by the `PROBLEMS` table: 400/413/415 →
 * `InvalidRequestError`, 401/403 → `VerificationError`, 404 → `NotFoundError`, 429 → `RateLimitError`, 501 →
 * `UnsupportedError`, else `HttpError`.
 *
 * @example throw await mapHttpError(response, 'POST /lookup')
 */
export async function mapHttpError(response: Response, what: string, cause?: unknown): Promise<WaypostError> {
  const { status } = response;
  const problem = await readProblem(response);
  const ErrorClass: new (
    message: string,
    options: HttpErrorOptions & InvalidRequestErrorOptions & RateLimitErrorOptions,
  ) => WaypostError = PROBLEMS.find((row) => (row as readonly unknown[]).includes(status))?.[1] ?? HttpError;
  // One options object for every class: each constructor reads only the fields it knows.
  return new ErrorClass(`${what} failed with ${status}${problem?.detail ? `: ${problem.detail}` : ''}`, {
    cause,
    status,
    problem,
    fields: problem?.errors,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')) ?? problem?.retryAfter,
  });
}
