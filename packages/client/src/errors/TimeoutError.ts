import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** The request took longer than the configured timeout. */
export class TimeoutError extends WaypostError {
  override readonly name = 'TimeoutError' as const;
  declare readonly code: 'timeout';

  constructor(message: string, options: WaypostErrorOptions = {}) {
    super(message, 'timeout', options);
  }
}

/** True for a `TimeoutError` from any copy of `@waypost/client`. */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return isWaypostError(error) && error.name === 'TimeoutError';
}
