import type { PROBLEMS } from '../protocol/PROBLEMS.js';

/**
 * The protocol's stable error codes: those of the `PROBLEMS` table, the two the body reader answers with (the
 * client reads both as `InvalidRequestError`, by status), and `internal_error` for the rest.
 */
export type ProblemCode =
  | (typeof PROBLEMS)[number][0]
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'upstream_failed'
  | 'internal_error';

/** Extra members of a problem response. */
export interface ProblemExtras {
  errors?: Array<{ field: string; message: string }>;
  retryAfter?: number;
  headers?: Record<string, string>;
}

/**
 * An HTTP failure the handler answers with `application/problem+json`. Thrown by the routes and turned into a
 * response in one place, so no route builds error bodies by hand.
 *
 * @example throw new ProblemError(415, 'unsupported_media_type', 'Send the body as application/json')
 */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';

  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(detail);
  }
}
