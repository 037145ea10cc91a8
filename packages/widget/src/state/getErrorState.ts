import {
  isAbortError,
  isInvalidRequestError,
  isNotFoundError,
  isRateLimitError,
  isVerificationError,
} from '@waypost/client';
import type { WidgetState } from '../types/WidgetState.js';

/**
 * Maps a failed lookup to the state the widget shows; `null` for a cancelled call (nothing to show). A `400`
 * (`InvalidRequestError`) is `invalid`: the form again, with what the server refused by field. Offline is any
 * failure while `navigator.onLine` says the device has no connection. A network failure while online (a refused
 * or unreachable endpoint: CORS, DNS, a server that is down, a dropped connection) is `error`, worded as a failed
 * connection rather than a server fault (see `StatusPanel`).
 *
 * @example getErrorState(new NotFoundError('…'), true) // 'not_found'
 */
export function getErrorState(error: unknown, online: boolean): WidgetState | null {
  if (isAbortError(error)) return null;
  if (isNotFoundError(error)) return 'not_found';
  if (isVerificationError(error)) return 'verification_failed';
  if (isInvalidRequestError(error)) return 'invalid';
  if (isRateLimitError(error)) return 'rate_limited';
  if (!online) return 'offline';
  return 'error';
}
