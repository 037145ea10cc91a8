/** An RFC 9457 `application/problem+json` body, as the protocol's handler sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** The protocol's stable error code (`not_found`, `verification_failed`, …). */
  code?: string;
  /** For `invalid_request`: which input fields were wrong, and why. */
  errors?: Array<{ field: string; message: string }>;
  /** For `rate_limited`: seconds until a retry may succeed. */
  retryAfter?: number;
}
