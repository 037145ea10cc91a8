import type { Capabilities } from '../model/Capabilities.js';
import type { Source } from '../source/Source.js';
import type { PushHub } from './createPushHub.js';
import type { HandlerOptions } from './HandlerOptions.js';
import type { HandlerRequest } from './HandlerRequest.js';
import type { Notifier } from './notify/Notifier.js';
import type { RateLimitRule } from './RateLimitRule.js';
import type { RateLimitStore } from './RateLimitStore.js';
import type { SourceCache } from './SourceCache.js';

/** The handler's options resolved once, with defaults applied; what every route reads. */
export interface HandlerContext {
  source: Source;
  secrets: readonly string[];
  tokenTtl: number;
  maxBodyBytes: number;
  now: () => number;
  rateLimit: { store: RateLimitStore; lookup: RateLimitRule; perOrder: RateLimitRule; other: RateLimitRule } | null;
  getClientAddress: (request: HandlerRequest) => string;
  push: PushHub | undefined;
  capabilities: Capabilities;
  pingIntervalMs: number;
  maxStreamsPerClient: number;
  /** Open event streams per client address key, for `maxStreamsPerClient`. */
  openStreams: Map<string, number>;
  webhooks: NonNullable<HandlerOptions['webhooks']>;
  /** The cache of the source's answers, for webhooks to invalidate (`invalidateShipment`). */
  cache: SourceCache | undefined;
  notifier: Notifier | undefined;
}
