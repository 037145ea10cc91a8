// The public surface of @waypost/client/ship24, listed by hand. Not exported: the milestone mapping and event
// helper (internal; their behaviour is documented in docs/adapters.md).

export { createShip24Source, type Ship24SourceOptions } from './providers/ship24/createShip24Source.js';
export { normalizeShip24Tracking } from './providers/ship24/normalizeShip24Tracking.js';
export { normalizeShip24Webhook } from './providers/ship24/normalizeShip24Webhook.js';
