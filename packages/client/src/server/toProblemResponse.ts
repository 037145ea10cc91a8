import { isDeliveryError } from '../errors/DeliveryError.js';
import { isInvalidRequestError } from '../errors/InvalidRequestError.js';
import { isNotFoundError } from '../errors/NotFoundError.js';
import { isRateLimitError } from '../errors/RateLimitError.js';
import { isUnsupportedError } from '../errors/UnsupportedError.js';
import { isVerificationError } from '../errors/VerificationError.js';
import { createProblemResponse } from './createProblemResponse.js';
import { ProblemError } from './ProblemError.js';

/**
 * Turns anything a route or a source threw into a problem response. Waypost errors keep their meaning (a source
 * may throw `NotFoundError`); a `DeliveryError` (a helpdesk or portal that refused) is a 502; anything else is a 500 whose message stays in the server log, never in the body.
 *
 * @example return toProblemResponse(error, (cause) => console.error('[waypost]', cause))
 */
export function toProblemResponse(error: unknown, report: (error: unknown) => void): Response {
  if (error instanceof ProblemError) return createProblemResponse(error.status, error.code, error.detail, error.extras);
  if (isVerificationError(error)) {
    return createProblemResponse(401, 'verification_failed', 'The details do not match our records');
  }
  if (isNotFoundError(error)) return createProblemResponse(404, 'not_found', 'Nothing matches that request');
  if (isInvalidRequestError(error)) {
    return createProblemResponse(400, 'invalid_request', 'The request is invalid', { errors: error.fields });
  }
  if (isRateLimitError(error)) {
    return createProblemResponse(429, 'rate_limited', 'Too many requests', { retryAfter: error.retryAfter ?? 60 });
  }
  if (isUnsupportedError(error)) return createProblemResponse(501, 'unsupported', 'This store does not offer that');
  report(error);
  // The shopper's report or return reached a backend that refused it after its retries: an upstream failure they
  // may retry, not a bug here. The error still goes to `onError`, which is the record of it.
  if (isDeliveryError(error)) {
    return createProblemResponse(502, 'upstream_failed', 'The store could not take this right now; try again later', {
      ...(error.retryable ? { retryAfter: 60 } : {}),
    });
  }
  return createProblemResponse(500, 'internal_error', 'Something went wrong on our side');
}
