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
  const message = `${what} failed with ${status}${problem?.detail ? `: ${problem.detail}` : ''}`;
  const options = { cause };
  if (status === 400 || status === 413 || status === 415) {
    return new InvalidRequestError(message, { ...options, fields: problem?.errors });
  }
  if (status === 401 || status === 403) return new VerificationError(message, options);
  if (status === 404) return new NotFoundError(message, options);
  if (status === 429) {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after')) ?? problem?.retryAfter;
    return new RateLimitError(message, { ...options, retryAfter });
  }
  if (status === 501) return new UnsupportedError(message, options);
  return new HttpError(message, { ...options, status, problem });
}
