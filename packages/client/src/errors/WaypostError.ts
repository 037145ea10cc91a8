const brand = Symbol.for('waypost.error');

/** Stable error codes; match on these (or on `name`), never on message text. */
export type WaypostErrorCode =
  | 'not_found'
  | 'verification_failed'
  | 'rate_limited'
  | 'network_error'
  | 'timeout'
  | 'http_error'
  | 'invalid_request'
  | 'invalid_response'
  | 'unsupported'
  | 'aborted'
  | 'delivery_failed';

/** Options every Waypost error takes. */
export interface WaypostErrorOptions {
  cause?: unknown;
}

/**
 * Base class of every error the client throws.
 * Guards check a `Symbol.for` brand and `name`, so they work across two loaded copies and across realms.
 */
export class WaypostError extends Error {
  override name:
    | 'WaypostError'
    | 'NotFoundError'
    | 'VerificationError'
    | 'RateLimitError'
    | 'NetworkError'
    | 'TimeoutError'
    | 'HttpError'
    | 'InvalidRequestError'
    | 'InvalidResponseError'
    | 'UnsupportedError'
    | 'AbortError'
    | 'DeliveryError' = 'WaypostError';
  declare readonly code: WaypostErrorCode;

  constructor(message: string, code: WaypostErrorCode, options: WaypostErrorOptions = {}) {
    // `Error` reads only `cause` of its options; an absent or `undefined` one leaves no `cause` property.
    super(message, options.cause === undefined ? undefined : options);
    this.code = code;
    Object.defineProperty(this, brand, { value: true });
  }
}

/** True for any error thrown by any copy of `@waypost/client`. */
export function isWaypostError(error: unknown): error is WaypostError {
  // Only an object can hold the brand: a primitive reads `undefined` through its wrapper, `null` through `?.`.
  return (error as Record<symbol, unknown> | null | undefined)?.[brand] === true;
}
