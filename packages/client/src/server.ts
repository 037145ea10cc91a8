// The public surface of @waypost/client/server, listed by hand. Deliberately not exported: routing, the request
// body reader, problem rendering and the other internals of the handler; they may change in any release.
// `serveNode` and `toNodeListener` import `node:http`; runtimes without it (Workers) bundle only what they import,
// so leave those two out there.

export type { AccessTokenPayload } from './server/AccessTokenPayload.js';
export type { CorsOptions } from './server/CorsOptions.js';
export { type CreateAccessTokenOptions, createAccessToken } from './server/createAccessToken.js';
export { createHandler } from './server/createHandler.js';
export { createMemoryRateLimitStore, type MemoryRateLimitStoreOptions } from './server/createMemoryRateLimitStore.js';
export { createPushHub, type PushHub } from './server/createPushHub.js';
export { type DemoSourceOptions, demoSource } from './server/demo/demoSource.js';
export type { HandlerOptions, RateLimitOptions, WebhookOptions } from './server/HandlerOptions.js';
export type { RateLimitRule } from './server/RateLimitRule.js';
export type { RateLimitHit, RateLimitStore } from './server/RateLimitStore.js';
export { type NodeServer, type ServeNodeOptions, serveNode } from './server/serveNode.js';
export { type FetchHandler, toNodeListener } from './server/toNodeListener.js';
export { type VerifyAccessTokenOptions, verifyAccessToken } from './server/verifyAccessToken.js';
