// Registers <waypost-tracker> on import in the browser; on the server (no `customElements`) the import does
// nothing, so this one component renders on both sides.
import '@waypost/widget/element';
import type { StatusDetail, WaypostTrackerElement, WidgetOptions } from '@waypost/widget';
import { useEffect, useRef } from 'react';
import { useHydratedProperties } from './useHydratedProperties.js';

/** Props of `TrackingPanel`: the widget options this storefront uses, plus a status callback. */
export interface TrackingPanelProps
  extends Pick<WidgetOptions, 'endpoint' | 'client' | 'order' | 'email' | 'brand' | 'theme' | 'locale' | 'live'> {
  /**
   * Called with every `waypost:status` of this widget.
   * @default undefined
   * @example <TrackingPanel endpoint="/apps/waypost" onStatus={(detail) => console.log(detail.state)} />
   */
  onStatus?: (detail: StatusDetail) => void;
}

/**
 * The order tracker of a React 19 storefront. React 19 sets each prop whose name is a property of the defined
 * element as that property, so `brand`, `client` or a theme object arrive as values, not as
 * `"[object Object]"` attributes. On the server, string props become attributes the element reads when it
 * upgrades; `useHydratedProperties` hands the rest over after hydration.
 *
 * @example <TrackingPanel endpoint="/apps/waypost" brand={{ name: 'Acme' }} theme="auto" />
 */
export function TrackingPanel({ onStatus, ...options }: TrackingPanelProps) {
  const ref = useRef<WaypostTrackerElement>(null);
  useHydratedProperties(ref, options);

  useEffect(() => {
    const element = ref.current;
    if (!element || !onStatus) return;
    return element.on('status', onStatus);
  }, [onStatus]);

  return <waypost-tracker ref={ref} {...options} />;
}
