import { useLayoutEffect, useRef } from 'preact/hooks';
import { useWidget } from './useWidget.js';

/**
 * The result's `<h2>`, focusable by script only (`tabIndex={-1}`): after the shopper's own lookup, focus moves
 * here (one task after the result renders) so screen-reader and keyboard users land on the answer.
 *
 * @example <ResultHeading>Order W1001</ResultHeading>
 */
export function ResultHeading({ children }: { children: string }) {
  const { store, controller } = useWidget();
  const ref = useRef<HTMLHeadingElement>(null);
  const request = store.focusRequest.value;
  useLayoutEffect(() => {
    if (request <= 0) return;
    // In the next task, not the one that rendered the result: focusing forces style and layout, and a large
    // order's render plus its first layout in one task would block the page. Consumed once, so a later
    // re-render (a live update) never steals focus again.
    const timer = setTimeout(() => {
      if (!ref.current) return;
      ref.current.focus();
      controller.focusTaken();
    }, 0);
    return () => clearTimeout(timer);
  }, [request]);
  return (
    <h2 ref={ref} tabIndex={-1} part="heading">
      {children}
    </h2>
  );
}
