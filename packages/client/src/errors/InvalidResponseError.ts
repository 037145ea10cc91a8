import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** Options of an `InvalidResponseError`. */
export interface InvalidResponseErrorOptions extends WaypostErrorOptions {
  /** Dotted path of the first offending field (`order.shipments.0.status.milestone`); `''` for the root. */
  path: string;
}

/** A response or a provider payload did not match the model: truncated JSON, a wrong type, a missing field. */
export class InvalidResponseError extends WaypostError {
  override readonly name = 'InvalidResponseError' as const;
  declare readonly code: 'invalid_response';
  declare readonly path: string;

  constructor(message: string, options: InvalidResponseErrorOptions) {
    super(message, 'invalid_response', options);
    this.path = options.path;
  }
}

/** True for an `InvalidResponseError` from any copy of `@waypost/client`. */
export function isInvalidResponseError(error: unknown): error is InvalidResponseError {
  return isWaypostError(error) && error.name === 'InvalidResponseError';
}
