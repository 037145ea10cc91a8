import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** Options of a `RateLimitError`. */
export interface RateLimitErrorOptions extends WaypostErrorOptions {
  /** Seconds until a retry may succeed, from `Retry-After`; `undefined` when the server did not say. */
  retryAfter?: number | undefined;
}

/** Too many lookups (HTTP 429). `retryAfter` says how long to wait. */
export class RateLimitError extends WaypostError {
  override readonly name = 'RateLimitError' as const;
  declare readonly code: 'rate_limited';
  /** Seconds until a retry may succeed. */
  declare readonly retryAfter: number | undefined;

  constructor(message: string, options: RateLimitErrorOptions = {}) {
    super(message, 'rate_limited', options);
    this.retryAfter = options.retryAfter;
  }
}

/** True for a `RateLimitError` from any copy of `@waypost/client`. */
export function isRateLimitError(error: unknown): error is RateLimitError {
  return isWaypostError(error) && error.name === 'RateLimitError';
}
