import { isDeliveryError } from '../errors/DeliveryError.js';
import { isInvalidRequestError } from '../errors/InvalidRequestError.js';
import { isRateLimitError } from '../errors/RateLimitError.js';
import { isWaypostError } from '../errors/WaypostError.js';
import { PROBLEMS } from '../protocol/PROBLEMS.js';
import { createProblemResponse } from './createProblemResponse.js';
import { ProblemError, type ProblemExtras } from './ProblemError.js';

// What the body says for a Waypost error a source threw: never the error's own message, which may name internals.
const details: Record<(typeof PROBLEMS)[number][0], string> = {
  invalid_request: 'The request is invalid',
  verification_failed: 'The details do not match our records',
  not_found: 'Nothing matches that request',
  rate_limited: 'Too many requests',
  unsupported: 'This store does not offer that',
};

/**
 * Turns anything a route or a source threw into a problem response. Waypost errors keep their meaning through the
 * `PROBLEMS` table (a source may throw `NotFoundError`); a `DeliveryError` (a helpdesk or portal that refused) is a
 * 502; anything else is a 500 whose message stays in the server log, never in the body.
 *
 * @example return toProblemResponse(error, (cause) => console.error('[waypost]', cause))
 */
export function toProblemResponse(error: unknown, report: (error: unknown) => void): Response {
  if (error instanceof ProblemError) return createProblemResponse(error.status, error.code, error.detail, error.extras);
  const row = isWaypostError(error) ? PROBLEMS.find(([code]) => code === error.code) : undefined;
  if (row) {
    const [code, , status] = row;
    const extras: ProblemExtras = isInvalidRequestError(error)
      ? { errors: error.fields }
      : isRateLimitError(error)
        ? { retryAfter: error.retryAfter ?? 60 }
        : {};
    return createProblemResponse(status, code, details[code], extras);
  }
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
