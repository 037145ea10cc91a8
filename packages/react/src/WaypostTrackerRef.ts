import type { WidgetHandle } from '@waypost/widget';

/**
 * What a `ref` on `<WaypostTracker>` holds: the mounted widget's methods. Options change through props, and the
 * component unmounts the widget itself, so `update` and `destroy` are left out.
 */
export type WaypostTrackerRef = Pick<WidgetHandle, 'refresh' | 'setTheme' | 'setLocale'>;
