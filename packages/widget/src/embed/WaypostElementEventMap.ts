import type { WidgetEventMap } from '../types/WidgetEvents.js';
import type { WaypostCommandApi } from './createCommandApi.js';
import type { WaypostTrackerElement } from './createElementClass.js';

/**
 * Every `waypost:*` DOM event as the `CustomEvent` it is. The widget's events bubble and are composed, so they
 * reach the element, its ancestors, `document` and `window`; the global maps below list them on each, and
 * `addEventListener('waypost:lookup', (event) => event.detail.kind)` typechecks without a cast.
 *
 * @example const onError = (event: WaypostElementEventMap['waypost:error']) => report(event.detail.code)
 */
export type WaypostElementEventMap = {
  [N in keyof WidgetEventMap as `waypost:${N}`]: CustomEvent<WidgetEventMap[N]>;
};

declare global {
  interface HTMLElementTagNameMap {
    'waypost-tracker': WaypostTrackerElement;
  }
  interface HTMLElementEventMap extends WaypostElementEventMap {}
  interface DocumentEventMap extends WaypostElementEventMap {}
  interface WindowEventMap extends WaypostElementEventMap {}
  interface Window {
    /** The script tag's command function (`Waypost('setTheme', 'dark')`), or the queue stub before it loads. */
    Waypost?: WaypostCommandApi;
  }
}
