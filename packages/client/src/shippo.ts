// The public surface of @waypost/client/shippo, listed by hand. Not exported: the status mapping and event
// helpers (internal; their behaviour is documented in docs/adapters.md).

export { createShippoSource, type ShippoSourceOptions } from './providers/shippo/createShippoSource.js';
export { normalizeShippoTrack } from './providers/shippo/normalizeShippoTrack.js';
export { normalizeShippoWebhook } from './providers/shippo/normalizeShippoWebhook.js';
