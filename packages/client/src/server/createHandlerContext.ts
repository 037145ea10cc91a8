import { WEBHOOK_PROVIDERS } from '../model/WebhookProvider.js';
import { getCapabilities } from '../source/getCapabilities.js';
import { assertSecret } from './assertSecret.js';
import { createCachedSource } from './createCachedSource.js';
import { createClientAddressGetter } from './createClientAddressGetter.js';
import { createMemoryRateLimitStore } from './createMemoryRateLimitStore.js';
import { createPushHub } from './createPushHub.js';
import type { HandlerContext } from './HandlerContext.js';
import type { HandlerOptions } from './HandlerOptions.js';
import type { RateLimitRule } from './RateLimitRule.js';
import { toFetchRequest } from './toFetchRequest.js';

function checkRule(name: string, rule: RateLimitRule): RateLimitRule {
  if (!(rule.limit >= 1 && rule.windowMs >= 1 && Number.isFinite(rule.limit) && Number.isFinite(rule.windowMs))) {
    throw new RangeError(`[waypost] rateLimit.${name} needs a positive limit and windowMs`);
  }
  return rule;
}

function checkPositive(name: string, value: number): number {
  if (!(Number.isFinite(value) && value > 0)) throw new RangeError(`[waypost] ${name} must be a positive number`);
  return value;
}

/**
 * Validates the handler's options once, at start-up, and fills in the defaults. Mistakes that would weaken security
 * (a short secret, a webhook without a secret) throw here instead of failing open later.
 *
 * @example const context = createHandlerContext({ source, secret })
 */
export function createHandlerContext(options: HandlerOptions): HandlerContext {
  if (!options.source || typeof options.source.get !== 'function') {
    throw new TypeError('[waypost] createHandler needs a `source` with a `get` method');
  }
  const secrets = typeof options.secret === 'string' ? [options.secret] : [...(options.secret ?? [])];
  if (secrets.length === 0) assertSecret(undefined);
  for (const secret of secrets) assertSecret(secret);
  if ('trustProxy' in options) {
    throw new TypeError('[waypost] `trustProxy` is gone: name the one header to trust with `clientAddressHeader`');
  }
  const webhooks = options.webhooks ?? {};
  for (const [provider, webhook] of Object.entries(webhooks)) {
    if (webhook && (typeof webhook.secret !== 'string' || webhook.secret === '')) {
      throw new TypeError(`[waypost] webhooks.${provider} needs the provider's signing secret`);
    }
  }
  const push = options.push ?? (WEBHOOK_PROVIDERS.some((provider) => webhooks[provider]) ? createPushHub() : undefined);
  const capabilities = getCapabilities(options.source);
  const limits = options.rateLimit === false ? null : (options.rateLimit ?? {});
  const source = options.cache ? createCachedSource(options.source, options.cache) : options.source;
  return {
    source,
    secrets,
    tokenTtl: checkPositive('tokenTtl', options.tokenTtl ?? 900),
    maxBodyBytes: checkPositive('maxBodyBytes', options.maxBodyBytes ?? 16_384),
    now: options.now ?? Date.now,
    rateLimit: limits && {
      store: limits.store ?? createMemoryRateLimitStore(),
      lookup: checkRule('lookup', limits.lookup ?? { limit: 10, windowMs: 60_000 }),
      perOrder: checkRule('perOrder', limits.perOrder ?? { limit: 20, windowMs: 900_000 }),
      other: checkRule('other', limits.other ?? { limit: 300, windowMs: 60_000 }),
    },
    // A deployment's own getter is promised a Fetch Request; the built-in one reads the lighter view as it is.
    getClientAddress: options.getClientAddress
      ? (request) => options.getClientAddress!(toFetchRequest(request))
      : createClientAddressGetter(options.clientAddressHeader),
    push,
    capabilities: { ...capabilities, push: capabilities.push || push !== undefined },
    pingIntervalMs: checkPositive('pingIntervalMs', options.pingIntervalMs ?? 25_000),
    maxStreamsPerClient: checkPositive('maxStreamsPerClient', options.maxStreamsPerClient ?? 20),
    openStreams: new Map(),
    webhooks,
    cache: options.cache?.store,
    notifier: options.notifier,
  };
}
