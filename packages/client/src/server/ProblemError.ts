/** The protocol's stable error codes. */
export type ProblemCode =
  | 'invalid_request'
  | 'verification_failed'
  | 'not_found'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unsupported'
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
