import type { WidgetEventMap, WidgetEventName } from '@waypost/widget';
import { widgetEventNames } from './widgetEventNames.js';

/** The events of `<WaypostTracker>`, typed from the widget's event map: `@status="(detail) => …"`. */
export type WaypostTrackerEmits = { [N in WidgetEventName]: (detail: WidgetEventMap[N]) => boolean };

/**
 * The runtime emits declaration: one event per widget event, under the widget's own name (`ready`, `lookup`,
 * `status`, `eta-changed`, `action`, `error`). Vue runs the validators in development only: a detail is an object.
 */
export const waypostTrackerEmits = Object.fromEntries(
  widgetEventNames.map((name) => [name, (detail: unknown) => typeof detail === 'object' && detail !== null]),
) as unknown as WaypostTrackerEmits;
