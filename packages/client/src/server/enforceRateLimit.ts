import { checkRateLimit } from './checkRateLimit.js';
import type { HandlerContext } from './HandlerContext.js';
import { ProblemError } from './ProblemError.js';

/**
 * Counts a request against one of the handler's rules and throws a 429 (with `Retry-After`) when it is over.
 * `key` names what is counted: a client address or an order number.
 *
 * @example await enforceRateLimit(context, 'lookup', `addr:${address}`)
 */
export async function enforceRateLimit(
  context: HandlerContext,
  rule: 'lookup' | 'perOrder' | 'other',
  key: string,
): Promise<void> {
  if (!context.rateLimit) return;
  const { store } = context.rateLimit;
  const verdict = await checkRateLimit(store, `waypost:${rule}:${key}`, context.rateLimit[rule], context.now());
  if (!verdict.allowed) {
    throw new ProblemError(429, 'rate_limited', 'Too many requests; try again later', {
      retryAfter: verdict.retryAfter,
    });
  }
}
