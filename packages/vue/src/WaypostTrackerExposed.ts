import type { WidgetHandle } from '@waypost/widget';

/**
 * What a template ref on `<WaypostTracker>` exposes: the mounted widget's methods. Options change through props,
 * and the component unmounts the widget itself, so `update` and `destroy` are left out.
 */
export type WaypostTrackerExposed = Pick<WidgetHandle, 'refresh' | 'setTheme' | 'setLocale'>;
