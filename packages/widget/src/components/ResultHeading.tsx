import { useLayoutEffect, useRef } from 'preact/hooks';
import { useWidget } from './useWidget.js';

/**
 * The result's `<h2>`, focusable by script only (`tabIndex={-1}`): after the shopper's own lookup, focus moves
 * here so screen-reader and keyboard users land on the answer.
 *
 * @example <ResultHeading>Order W1001</ResultHeading>
 */
export function ResultHeading({ children }: { children: string }) {
  const { store } = useWidget();
  const ref = useRef<HTMLHeadingElement>(null);
  const request = store.focusRequest.value;
  useLayoutEffect(() => {
    // Consumed once, so a later re-render (a live update) never steals focus again.
    if (request > 0 && ref.current) {
      ref.current.focus();
      store.focusRequest.value = 0;
    }
  }, [request]);
  return (
    <h2 ref={ref} tabIndex={-1} part="heading">
      {children}
    </h2>
  );
}
