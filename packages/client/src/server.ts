// The public surface of @waypost/client/server, listed by hand. Deliberately not exported: routing, the request
// body reader, problem rendering and the other internals of the handler; they may change in any release.
// `serveNode` and `toNodeListener` serve the handler on node:http; they import nothing from Node at load time
// (`serveNode` loads `node:http` when called), so this entry bundles cleanly for Workers and edge runtimes. The
// Redis-backed store, push hub and cache import no Redis client either: you pass yours (ioredis, an optional peer).

export type { AccessTokenPayload } from './server/AccessTokenPayload.js';
export type { CorsOptions } from './server/CorsOptions.js';
export { type CreateAccessTokenOptions, createAccessToken } from './server/createAccessToken.js';
export { createCachedSource, type SourceCacheOptions } from './server/createCachedSource.js';
export { createHandler } from './server/createHandler.js';
export { createMemoryRateLimitStore, type MemoryRateLimitStoreOptions } from './server/createMemoryRateLimitStore.js';
export { createMemorySourceCache, type MemorySourceCacheOptions } from './server/createMemorySourceCache.js';
export { createPushHub, type PushHub } from './server/createPushHub.js';
export { createRedisPushHub, type RedisPushHub, type RedisPushHubOptions } from './server/createRedisPushHub.js';
export {
  createRedisRateLimitStore,
  type RedisRateLimitStoreOptions,
} from './server/createRedisRateLimitStore.js';
export { createRedisSourceCache, type RedisSourceCacheOptions } from './server/createRedisSourceCache.js';
export { type DemoSourceOptions, demoSource } from './server/demo/demoSource.js';
export type { HandlerOptions, RateLimitOptions, WebhookOptions } from './server/HandlerOptions.js';
export type { RateLimitRule } from './server/RateLimitRule.js';
export type { RateLimitHit, RateLimitStore } from './server/RateLimitStore.js';
export type { RedisClient, RedisSubscriber } from './server/RedisClient.js';
export type { SourceCache } from './server/SourceCache.js';
export { type NodeServer, type ServeNodeOptions, serveNode } from './server/serveNode.js';
export { type FetchHandler, toNodeListener } from './server/toNodeListener.js';
export { type VerifyAccessTokenOptions, verifyAccessToken } from './server/verifyAccessToken.js';
