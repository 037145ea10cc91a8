// The public surface of @waypost/client/17track, listed by hand. Not exported: the status and key-stage tables
// and the event/time helpers (internal; their behaviour is documented in docs/adapters.md).

export { create17TrackSource, type SeventeenTrackSourceOptions } from './providers/17track/create17TrackSource.js';
export { normalize17TrackInfo } from './providers/17track/normalize17TrackInfo.js';
