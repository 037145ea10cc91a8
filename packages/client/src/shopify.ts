// The public surface of @waypost/client/shopify, listed by hand. Not exported: the status tables, the GraphQL
// query text and the readers of connections, money and ids (internal; documented in docs/adapters.md).

export {
  createShopifyAppProxyHandler,
  type ShopifyAppProxyHandlerOptions,
} from './providers/shopify/createShopifyAppProxyHandler.js';
export { createShopifyReturns, type ShopifyReturnsOptions } from './providers/shopify/createShopifyReturns.js';
export { createShopifySource, type ShopifySourceOptions } from './providers/shopify/createShopifySource.js';
export { normalizeShopifyFulfillment } from './providers/shopify/normalizeShopifyFulfillment.js';
export { normalizeShopifyFulfillmentEvents } from './providers/shopify/normalizeShopifyFulfillmentEvents.js';
export {
  type NormalizeShopifyFulfillmentOptions,
  normalizeShopifyFulfillmentParcels,
} from './providers/shopify/normalizeShopifyFulfillmentParcels.js';
export { type NormalizeShopifyOrderOptions, normalizeShopifyOrder } from './providers/shopify/normalizeShopifyOrder.js';
export { normalizeShopifyRefund } from './providers/shopify/normalizeShopifyRefund.js';
export {
  type NormalizeShopifyReturnOptions,
  normalizeShopifyReturn,
  type ShopifyReturnResult,
} from './providers/shopify/normalizeShopifyReturn.js';
export {
  type VerifyShopifyAppProxySignatureOptions,
  verifyShopifyAppProxySignature,
} from './providers/shopify/verifyShopifyAppProxySignature.js';
