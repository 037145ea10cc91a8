// The public surface of @waypost/client/server, listed by hand. Deliberately not exported: routing, the request
// body reader, problem rendering and the other internals of the handler; they may change in any release.
// `serveNode` and `toNodeListener` serve the handler on node:http; they import nothing from Node at load time
// (`serveNode` loads `node:http` when called), so this entry bundles cleanly for Workers and edge runtimes. The
// Redis-backed store, push hub and cache import no Redis client either: you pass yours (ioredis, an optional peer).

export type { AccessTokenPayload } from './server/AccessTokenPayload.js';
export type { CorsOptions } from './server/CorsOptions.js';
export type {
  AlertsBackend,
  ComposeSourcesOptions,
  IssuesBackend,
  ReturnsBackend,
} from './server/compose/ComposeSourcesOptions.js';
export { composeSources } from './server/compose/composeSources.js';
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
export { getShipmentFreshness, type ShipmentFreshness } from './server/getShipmentFreshness.js';
export type { HandlerOptions, RateLimitOptions, WebhookOptions } from './server/HandlerOptions.js';
export { isFresherShipment } from './server/isFresherShipment.js';
export { isSameParcel } from './server/isSameParcel.js';
export {
  createEmailIssueDestination,
  type EmailIssueDestinationOptions,
} from './server/issues/createEmailIssueDestination.js';
export {
  createGorgiasIssueDestination,
  type GorgiasIssueDestinationOptions,
} from './server/issues/createGorgiasIssueDestination.js';
export { createIssueRouter, type IssueRouterOptions } from './server/issues/createIssueRouter.js';
export { createWebhookIssueDestination } from './server/issues/createWebhookIssueDestination.js';
export {
  createZendeskIssueDestination,
  type ZendeskIssueDestinationOptions,
} from './server/issues/createZendeskIssueDestination.js';
export type { IssueDestination } from './server/issues/IssueDestination.js';
export type { IssueReport } from './server/issues/IssueReport.js';
export type { IssueRequester } from './server/issues/IssueRequester.js';
export { createMemorySubscriptionStore } from './server/notify/createMemorySubscriptionStore.js';
export { createNotifier } from './server/notify/createNotifier.js';
export {
  createRedisSubscriptionStore,
  type RedisSubscriptionStoreOptions,
} from './server/notify/createRedisSubscriptionStore.js';
export {
  createSmtpChannel,
  type MailTransporter,
  type SmtpChannelOptions,
} from './server/notify/createSmtpChannel.js';
export {
  createSqliteSubscriptionStore,
  type SqliteSubscriptionStoreOptions,
} from './server/notify/createSqliteSubscriptionStore.js';
export { createTwilioChannel, type TwilioChannelOptions } from './server/notify/createTwilioChannel.js';
export { createWebhookChannel } from './server/notify/createWebhookChannel.js';
export type { NotificationChannel } from './server/notify/NotificationChannel.js';
export type { NotificationEvent, NotificationMilestone } from './server/notify/NotificationEvent.js';
export type { NotificationMessage } from './server/notify/NotificationMessage.js';
export type { NotificationTemplate, NotificationTemplateContext } from './server/notify/NotificationTemplate.js';
export type { Notifier } from './server/notify/Notifier.js';
export type { NotifierOptions } from './server/notify/NotifierOptions.js';
export type { OutboxEntry } from './server/notify/OutboxEntry.js';
export type { ParcelState } from './server/notify/ParcelState.js';
export type { QuietHours } from './server/notify/QuietHours.js';
export type { StoredSubscription } from './server/notify/StoredSubscription.js';
export type { SubscribedParcel, SubscriptionStore } from './server/notify/SubscriptionStore.js';
export type { SignedWebhookOptions } from './server/outbound/sendSignedWebhook.js';
export type { RateLimitRule } from './server/RateLimitRule.js';
export type { RateLimitHit, RateLimitStore } from './server/RateLimitStore.js';
export type { RedisClient, RedisSubscriber } from './server/RedisClient.js';
export {
  createReturnsWebhookSink,
  type ReturnsWebhookSinkOptions,
} from './server/returns/createReturnsWebhookSink.js';
export type { SourceCache } from './server/SourceCache.js';
export { type NodeServer, type ServeNodeOptions, serveNode } from './server/serveNode.js';
export { type FetchHandler, toNodeListener } from './server/toNodeListener.js';
export { type VerifyAccessTokenOptions, verifyAccessToken } from './server/verifyAccessToken.js';
