// The public surface of @waypost/client, listed by hand. Deliberately not exported: the protocol's schemas and
// validator kit (an implementation detail), internal HTTP helpers, and the time parser's internals.

export { createClient } from './createClient.js';
export { AbortError, isAbortError } from './errors/AbortError.js';
export { DeliveryError, type DeliveryErrorOptions, isDeliveryError } from './errors/DeliveryError.js';
export { HttpError, type HttpErrorOptions, isHttpError } from './errors/HttpError.js';
export {
  InvalidRequestError,
  type InvalidRequestErrorOptions,
  isInvalidRequestError,
} from './errors/InvalidRequestError.js';
export {
  InvalidResponseError,
  type InvalidResponseErrorOptions,
  isInvalidResponseError,
} from './errors/InvalidResponseError.js';
export { isNetworkError, NetworkError } from './errors/NetworkError.js';
export { isNotFoundError, NotFoundError } from './errors/NotFoundError.js';
export type { Problem } from './errors/Problem.js';
export { isRateLimitError, RateLimitError, type RateLimitErrorOptions } from './errors/RateLimitError.js';
export { isTimeoutError, TimeoutError } from './errors/TimeoutError.js';
export { isUnsupportedError, UnsupportedError } from './errors/UnsupportedError.js';
export { isVerificationError, VerificationError } from './errors/VerificationError.js';
export {
  isWaypostError,
  WaypostError,
  type WaypostErrorCode,
  type WaypostErrorOptions,
} from './errors/WaypostError.js';
export type { ClientEnvironment, ClientOptions, ClientRetryOptions } from './http/ClientOptions.js';
export type { RequestOptions, StopWatching, WatchOptions, WaypostClient } from './http/WaypostClient.js';
export type { Access } from './model/Access.js';
export {
  type AlertSubscription,
  type AlertSubscriptionInput,
  ISSUE_TYPES,
  type IssueReceipt,
  type IssueReportInput,
  type IssueType,
  type StartReturnInput,
} from './model/Actions.js';
export { ALERT_CHANNELS, type AlertChannel } from './model/AlertChannel.js';
export { ALERT_MILESTONES, type AlertMilestones } from './model/AlertMilestones.js';
export type { Capabilities } from './model/Capabilities.js';
export type { Carrier } from './model/Carrier.js';
export type { Eta, EtaChange, EtaWindow } from './model/Eta.js';
export { EXCHANGE_FLOW } from './model/EXCHANGE_FLOW.js';
export type { Exchange } from './model/Exchange.js';
export { EXCHANGE_STAGES, type ExchangeStage } from './model/ExchangeStage.js';
export { isHttpUrl } from './model/isHttpUrl.js';
export { isOpenRecord } from './model/isOpenRecord.js';
export type { LineItem } from './model/LineItem.js';
export type { Location } from './model/Location.js';
export type {
  LookupQuery,
  OrderEmailLookup,
  OrderPostalCodeLookup,
  TokenLookup,
  TrackingNumberLookup,
} from './model/LookupQuery.js';
export type { LookupResult, Resource } from './model/LookupResult.js';
export { MILESTONES, type Milestone } from './model/Milestone.js';
export type { Money } from './model/Money.js';
export type { Order } from './model/Order.js';
export { parseLookupResult } from './model/parseLookupResult.js';
export { RETURN_FLOW } from './model/RETURN_FLOW.js';
export type { Refund } from './model/Refund.js';
export { REFUND_METHODS, type RefundMethod } from './model/RefundMethod.js';
export { RESOURCE_KINDS, type ResourceKind } from './model/ResourceKind.js';
export type { Return, ReturnItem } from './model/Return.js';
export { RETURN_RESOLUTIONS, type ReturnResolution } from './model/ReturnResolution.js';
export { RETURN_STAGES, type ReturnStage } from './model/ReturnStage.js';
export type { Shipment } from './model/Shipment.js';
export { SHIPMENT_EXCEPTIONS, type ShipmentException } from './model/ShipmentException.js';
export type { ShipmentStatus } from './model/ShipmentStatus.js';
export type { DateOnlyTime, InstantTime, TimeValue, WallClockTime } from './model/TimeValue.js';
export type { TrackingEvent } from './model/TrackingEvent.js';
export { WEBHOOK_PROVIDERS, type WebhookProvider } from './model/WebhookProvider.js';
export { E164_PATTERN } from './protocol/E164_PATTERN.js';
export { isE164Phone } from './protocol/isE164Phone.js';
export { isEmailAddress } from './protocol/isEmailAddress.js';
export { LOOKUP_CODE_PATTERN } from './protocol/LOOKUP_CODE_PATTERN.js';
export { LOOKUP_LIMITS } from './protocol/LOOKUP_LIMITS.js';
export { getCapabilities } from './source/getCapabilities.js';
export { resolveLookup } from './source/resolveLookup.js';
export type { Source, SourceContext, SourceOrder } from './source/Source.js';
export { compareTimes } from './time/compareTimes.js';
export { type FormatTimeOptions, type FormatTimeStyle, formatTime } from './time/formatTime.js';
export { type EtaSummary, type GetEtaSummaryOptions, getEtaSummary } from './time/getEtaSummary.js';
export { type ParseTimeOptions, parseTime } from './time/parseTime.js';
export { sortEvents } from './time/sortEvents.js';
export { toInstant } from './time/toInstant.js';
