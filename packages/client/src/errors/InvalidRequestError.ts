import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** Options of an `InvalidRequestError`. */
export interface InvalidRequestErrorOptions extends WaypostErrorOptions {
  /** Which input fields were wrong, and why. */
  fields?: Array<{ field: string; message: string }>;
}

/** The input was refused before it reached the backend (HTTP 400, or local validation). */
export class InvalidRequestError extends WaypostError {
  override readonly name = 'InvalidRequestError' as const;
  declare readonly code: 'invalid_request';
  declare readonly fields: Array<{ field: string; message: string }>;

  constructor(message: string, options: InvalidRequestErrorOptions = {}) {
    super(message, 'invalid_request', options);
    this.fields = options.fields ?? [];
  }
}

/** True for an `InvalidRequestError` from any copy of `@waypost/client`. */
export function isInvalidRequestError(error: unknown): error is InvalidRequestError {
  return isWaypostError(error) && error.name === 'InvalidRequestError';
}
