// The public surface of @waypost/react, listed by hand. Deliberately not exported: the option diff and the event
// list (internal). Widget types (`WidgetOptions`, event details) come from `@waypost/widget`.

export { WaypostTracker } from './WaypostTracker.js';
export type { WaypostTrackerCallbacks, WaypostTrackerProps } from './WaypostTrackerProps.js';
export type { WaypostTrackerRef } from './WaypostTrackerRef.js';
