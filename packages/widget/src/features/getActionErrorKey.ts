import type { MessageKey } from '../i18n/en.js';
import {
  isInvalidRequestError,
  isNetworkError,
  isRateLimitError,
  isTimeoutError,
  isUnsupportedError,
  isVerificationError,
} from './shared.js';

/**
 * The message for a failed action (start a return, alert opt-in, report): the store could not be reached or took
 * too long to answer, too many attempts, an expired session, not offered here, an item that can no longer be
 * returned (a `400` naming `items.N.itemId`, or `items.N.quantity` when fewer are returnable now, as Shopify's
 * returnable quantities say after a first return), other refused input, or anything else.
 *
 * No answer (offline, a connection cut while online, a timeout) says so and asks the shopper to try again: an action is a
 * `POST` the protocol gives no idempotency key, and a request that was cut may have reached the store, so it is
 * never sent again by itself (a second return could be filed), and the message promises no retry.
 *
 * @example getActionErrorKey(new UnsupportedError('…')) // 'actions.unavailable'
 */
export function getActionErrorKey(error: unknown): MessageKey {
  if (isNetworkError(error)) return 'actions.unreachable';
  if (isTimeoutError(error)) return 'state.timeout';
  if (isRateLimitError(error)) return 'state.rateLimitedSoon';
  if (isVerificationError(error)) return 'actions.expired';
  if (isUnsupportedError(error)) return 'actions.unavailable';
  if (isInvalidRequestError(error)) {
    return error.fields.some((entry) => /^items\.\d+\.(itemId|quantity)$/.test(entry.field))
      ? 'returnFlow.ineligibleNow'
      : 'actions.invalid';
  }
  return 'actions.failed';
}
