// The public surface of @waypost/client/aftership, listed by hand. Not exported: the tag mapping and checkpoint
// helpers (internal; their behaviour is documented in docs/adapters.md).

export { type AfterShipSourceOptions, createAfterShipSource } from './providers/aftership/createAfterShipSource.js';
export { normalizeAfterShipTracking } from './providers/aftership/normalizeAfterShipTracking.js';
export { normalizeAfterShipTrackingList } from './providers/aftership/normalizeAfterShipTrackingList.js';
export {
  type AfterShipWebhookOptions,
  receiveAfterShipWebhook,
} from './providers/aftership/receiveAfterShipWebhook.js';
