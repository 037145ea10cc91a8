// The public surface of @waypost/client/karrio, listed by hand. Not exported: the status table and the event
// helper (internal; their behaviour is documented in docs/adapters.md).

export { createKarrioSource, type KarrioSourceOptions } from './providers/karrio/createKarrioSource.js';
export { normalizeKarrioTracker } from './providers/karrio/normalizeKarrioTracker.js';
