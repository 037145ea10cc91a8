import { isWaypostError, WaypostError, type WaypostErrorOptions } from './WaypostError.js';

/** The email or postal code did not match, or the access token is missing, expired or tampered with (HTTP 401/403). */
export class VerificationError extends WaypostError {
  override readonly name = 'VerificationError' as const;
  declare readonly code: 'verification_failed';

  constructor(message: string, options: WaypostErrorOptions = {}) {
    super(message, 'verification_failed', options);
  }
}

/** True for a `VerificationError` from any copy of `@waypost/client`. */
export function isVerificationError(error: unknown): error is VerificationError {
  return isWaypostError(error) && error.name === 'VerificationError';
}
