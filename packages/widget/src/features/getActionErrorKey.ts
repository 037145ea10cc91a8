import type { MessageKey } from '../i18n/en.js';
import {
  isInvalidRequestError,
  isNetworkError,
  isRateLimitError,
  isUnsupportedError,
  isVerificationError,
} from './shared.js';

/**
 * The message for a failed action (start a return, alert opt-in, report): offline, too many attempts, an
 * expired session, not offered here, an item that can no longer be returned (a `400` naming `items.N.itemId`),
 * other refused input, or anything else.
 *
 * @example getActionErrorKey(new UnsupportedError('…')) // 'actions.unavailable'
 */
export function getActionErrorKey(error: unknown): MessageKey {
  if (isNetworkError(error)) return 'state.offline';
  if (isRateLimitError(error)) return 'state.rateLimitedSoon';
  if (isVerificationError(error)) return 'actions.expired';
  if (isUnsupportedError(error)) return 'actions.unavailable';
  if (isInvalidRequestError(error)) {
    return error.fields.some((entry) => /^items\.\d+\.itemId$/.test(entry.field))
      ? 'returnFlow.ineligibleNow'
      : 'actions.invalid';
  }
  return 'actions.failed';
}
