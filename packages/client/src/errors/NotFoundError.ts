import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** Nothing matches the lookup or the id (HTTP 404). */
export class NotFoundError extends WaypostError {
  override readonly name = 'NotFoundError' as const;
  declare readonly code: 'not_found';

  constructor(message: string, options: WaypostErrorOptions = {}) {
    super(message, 'not_found', options);
  }
}

/** True for a `NotFoundError` from any copy of `@waypost/client`. */
export function isNotFoundError(error: unknown): error is NotFoundError {
  return isWaypostError(error) && error.name === 'NotFoundError';
}
