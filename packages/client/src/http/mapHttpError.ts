import { HttpError } from '../errors/HttpError.js';
import { InvalidRequestError } from '../errors/InvalidRequestError.js';
import { NotFoundError } from '../errors/NotFoundError.js';
import { RateLimitError } from '../errors/RateLimitError.js';
import { UnsupportedError } from '../errors/UnsupportedError.js';
import { VerificationError } from '../errors/VerificationError.js';
import type { WaypostError } from '../errors/WaypostError.js';
import { parseRetryAfter } from './parseRetryAfter.js';
import { readProblem } from './readProblem.js';

/**
 * Turns a non-success response into the protocol's error: 400/413/415 → `InvalidRequestError`, 401/403 →
 * `VerificationError`, 404 → `NotFoundError`, 429 → `RateLimitError`, 501 → `UnsupportedError`, else `HttpError`.
 *
 * @example throw await mapHttpError(response, 'POST /lookup')
 */
export async function mapHttpError(response: Response, what: string, cause?: unknown): Promise<WaypostError> {
  const { status } = response;
  const problem = await readProblem(response);
  const ErrorClass =
    status === 400 || status === 413 || status === 415
      ? InvalidRequestError
      : status === 401 || status === 403
        ? VerificationError
        : status === 404
          ? NotFoundError
          : status === 429
            ? RateLimitError
            : status === 501
              ? UnsupportedError
              : HttpError;
  // One options object for every class: each constructor reads only the fields it knows.
  return new ErrorClass(`${what} failed with ${status}${problem?.detail ? `: ${problem.detail}` : ''}`, {
    cause,
    status,
    problem,
    fields: problem?.errors,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')) ?? problem?.retryAfter,
  });
}
