import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** The backend does not offer this (see `client.capabilities`). */
export class UnsupportedError extends WaypostError {
  override readonly name = 'UnsupportedError' as const;
  declare readonly code: 'unsupported';

  constructor(message: string, options: WaypostErrorOptions = {}) {
    super(message, 'unsupported', options);
  }
}

/** True for a `UnsupportedError` from any copy of `@waypost/client`. */
export function isUnsupportedError(error: unknown): error is UnsupportedError {
  return isWaypostError(error) && error.name === 'UnsupportedError';
}
