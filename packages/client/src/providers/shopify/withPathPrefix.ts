import { InvalidResponseError, isInvalidResponseError } from '../../errors/InvalidResponseError.js';

/**
 * Runs a normalizer on a nested part of a payload and, when it throws an `InvalidResponseError`, rethrows it with
 * the path from the outer payload's root (`id` inside `order.fulfillments.0` → `order.fulfillments.0.id`).
 *
 * @example withPathPrefix('order.fulfillments.0', () => normalizeShopifyFulfillment(value))
 */
export function withPathPrefix<T>(prefix: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isInvalidResponseError(error) || prefix === '') throw error;
    const path = error.path === '' ? prefix : `${prefix}.${error.path}`;
    const message = error.message.replace(error.path === '' ? 'the payload' : `\`${error.path}\``, `\`${path}\``);
    throw new InvalidResponseError(message, { path, cause: error });
  }
}
