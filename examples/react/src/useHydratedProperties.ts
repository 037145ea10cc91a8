import type { WaypostTrackerElement, WidgetOptions } from '@waypost/widget';
import { type RefObject, useLayoutEffect } from 'react';

/**
 * Assigns `options` to the element as properties after every commit, where they differ. React 19 sets a custom
 * element's properties when it creates the element on the client, but not when it hydrates server HTML
 * (facebook/react#35446): after hydration, objects such as `client` or `brand` would be missing until they
 * changed. A layout effect runs before the browser paints, so the widget never shows a frame without them.
 *
 * @example useHydratedProperties(ref, { client, brand })
 */
export function useHydratedProperties(
  ref: RefObject<WaypostTrackerElement | null>,
  options: Partial<WidgetOptions>,
): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    for (const [key, value] of Object.entries(options)) {
      if (value !== undefined && element[key as keyof WidgetOptions] !== value) {
        Object.assign(element, { [key]: value });
      }
    }
  });
}
