import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** The request never got an HTTP answer (offline, DNS, connection reset). */
export class NetworkError extends WaypostError {
  override readonly name = 'NetworkError' as const;
  declare readonly code: 'network_error';

  constructor(message: string, options: WaypostErrorOptions = {}) {
    super(message, 'network_error', options);
  }
}

/** True for a `NetworkError` from any copy of `@waypost/client`. */
export function isNetworkError(error: unknown): error is NetworkError {
  return isWaypostError(error) && error.name === 'NetworkError';
}
