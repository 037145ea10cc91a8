import { InvalidRequestError } from '../errors/InvalidRequestError.js';
import { NotFoundError } from '../errors/NotFoundError.js';
import { RateLimitError } from '../errors/RateLimitError.js';
import { UnsupportedError } from '../errors/UnsupportedError.js';
import { VerificationError } from '../errors/VerificationError.js';

/**
 * The protocol's problems, declared once: each problem `code` with the error class the client throws for it and
 * the HTTP statuses that carry it, the first being the one the handler answers with (any other status becomes an
 * `HttpError`). The handler reads the row of a Waypost error's `code`; the browser client the row of a status.
 *
 * @example PROBLEMS.find((row) => row.includes(404)) // ['not_found', NotFoundError, 404]
 */
export const PROBLEMS = [
  ['invalid_request', InvalidRequestError, 400, 413, 415],
  ['verification_failed', VerificationError, 401, 403],
  ['not_found', NotFoundError, 404],
  ['rate_limited', RateLimitError, 429],
  ['unsupported', UnsupportedError, 501],
] as const;
