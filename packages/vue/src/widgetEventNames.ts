import type { WidgetEventName } from '@waypost/widget';

/**
 * Every event the widget emits, as a runtime list (the widget's `WidgetEventMap` is a type only). The check below
 * fails the typecheck when the widget gains an event this list lacks, so no callback can silently go missing.
 */
export const widgetEventNames = ['ready', 'lookup', 'status', 'eta-changed', 'action', 'error'] as const;

type Missing = Exclude<WidgetEventName, (typeof widgetEventNames)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
