import type { WidgetEventMap, WidgetEventName, WidgetOptions } from '@waypost/widget';
import type { CSSProperties, Ref } from 'react';
import type { CallbackName } from './getCallbackName.js';
import type { WaypostTrackerRef } from './WaypostTrackerRef.js';

/**
 * One callback per widget event, typed from the widget's event map: `onReady`, `onLookup`, `onStatus`,
 * `onEtaChanged`, `onAction`, `onError`. Each receives the event's detail. The latest function is always the one
 * called, so inline arrow functions cost no re-subscription.
 *
 * @example <WaypostTracker endpoint="/apps/waypost" onStatus={(detail) => console.log(detail.state)} />
 */
export type WaypostTrackerCallbacks = {
  [N in WidgetEventName as CallbackName<N>]?: (detail: WidgetEventMap[N]) => void;
};

/**
 * Props of `<WaypostTracker>`: every widget option (see the widget's `WidgetOptions`), one callback per event,
 * and the container's `id`, `className` and `style`.
 */
export interface WaypostTrackerProps extends WidgetOptions, WaypostTrackerCallbacks {
  /**
   * The container element's id.
   * @default undefined
   * @example <WaypostTracker id="tracking" endpoint="/apps/waypost" />
   */
  id?: string;
  /**
   * The container element's class (the widget itself renders in a shadow root: style it with themes and `::part()`).
   * @default undefined
   * @example <WaypostTracker className="tracking-panel" endpoint="/apps/waypost" />
   */
  className?: string;
  /**
   * The container element's inline style.
   * @default undefined
   * @example <WaypostTracker style={{ maxWidth: 640 }} endpoint="/apps/waypost" />
   */
  style?: CSSProperties;
  /**
   * Receives the widget's handle once it is mounted (`refresh`, `setTheme`, `setLocale`), `null` after unmount.
   * @default undefined
   * @example const tracker = useRef<WaypostTrackerRef>(null); <WaypostTracker ref={tracker} endpoint="/apps/waypost" />
   */
  ref?: Ref<WaypostTrackerRef>;
}
