import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** The caller aborted the request through its `AbortSignal`. */
export class AbortError extends WaypostError {
  override readonly name = 'AbortError' as const;
  declare readonly code: 'aborted';

  constructor(message: string, options: WaypostErrorOptions = {}) {
    super(message, 'aborted', options);
  }
}

/** True for a `AbortError` from any copy of `@waypost/client`. */
export function isAbortError(error: unknown): error is AbortError {
  return isWaypostError(error) && error.name === 'AbortError';
}
