import { useLayoutEffect } from 'preact/hooks';
import { useWidget } from './useWidget.js';

/**
 * Takes a pending focus request (`store.focusRequest`: the shopper's own lookup, "Try again", "Track another
 * order") for the element `target` returns, so keyboard and screen-reader users land on the news instead of the
 * page's `<body>`. In the next task, not the one that rendered the view: focusing forces style and layout, and a
 * large order's render plus its first layout in one task would block the page. Consumed once, so a later
 * re-render (a live update) never steals focus again.
 *
 * @example useFocusRequest(() => heading.current)
 */
export function useFocusRequest(target: () => HTMLElement | null | undefined): void {
  const { store, controller } = useWidget();
  const request = store.focusRequest.value;
  useLayoutEffect(() => {
    if (request <= 0) return;
    const timer = setTimeout(() => {
      const element = target();
      if (!element) return;
      element.focus();
      controller.focusTaken();
    }, 0);
    return () => clearTimeout(timer);
  }, [request]);
}
