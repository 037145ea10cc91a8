import { useRef } from 'preact/hooks';
import { useFocusRequest } from './useFocusRequest.js';

/**
 * The result's `<h2>`, focusable by script only (`tabIndex={-1}`): after the shopper's own lookup, focus moves
 * here (one task after the result renders) so screen-reader and keyboard users land on the answer.
 *
 * @example <ResultHeading>Order W1001</ResultHeading>
 */
export function ResultHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusRequest(() => ref.current);
  return (
    <h2 ref={ref} tabIndex={-1} part="heading">
      {children}
    </h2>
  );
}
