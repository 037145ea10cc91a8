// The public surface of @waypost/vue, listed by hand. Deliberately not exported: the option diff, the event list
// and the runtime props and emits declarations (internal). Widget types come from `@waypost/widget`.

export { WaypostTracker } from './WaypostTracker.js';
export type { WaypostTrackerExposed } from './WaypostTrackerExposed.js';
export type { WaypostTrackerEmits } from './waypostTrackerEmits.js';
export type { WaypostTrackerPropsOptions } from './waypostTrackerProps.js';
