/** A sliding-window limit: at most `limit` requests in any `windowMs` milliseconds. */
export interface RateLimitRule {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds. */
  windowMs: number;
}
