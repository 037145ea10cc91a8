import type { WidgetEventMap, WidgetEventName } from './WidgetEvents.js';

/** A listener of one event. */
export type WidgetListener<N extends WidgetEventName> = (detail: WidgetEventMap[N]) => void;
