// The public surface of @waypost/client/easypost, listed by hand. Not exported: the status mapping and the
// tracking-detail helper (internal; their behaviour is documented in docs/adapters.md).

export { createEasyPostSource, type EasyPostSourceOptions } from './providers/easypost/createEasyPostSource.js';
export { normalizeEasyPostTracker } from './providers/easypost/normalizeEasyPostTracker.js';
export { normalizeEasyPostTrackerList } from './providers/easypost/normalizeEasyPostTrackerList.js';
export { type EasyPostWebhookOptions, receiveEasyPostWebhook } from './providers/easypost/receiveEasyPostWebhook.js';
