import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * How many of `total` items to render now: `first` at once, then `step` more after each yield to the event loop
 * (`setTimeout`) until all of them show. A long list (an order's parcels, an expanded timeline of hundreds of
 * events) then renders across several short tasks instead of one long one, in document order, so reading and
 * keyboard order never change; a list that shrinks below what was shown starts over from `first`.
 *
 * @example const shown = useProgressive(events.length, 25, 25)
 */
export function useProgressive(total: number, first: number, step: number): number {
  const [shown, setShown] = useState(() => Math.min(total, first));
  const count = Math.min(total, Math.max(shown, first));
  useLayoutEffect(() => {
    if (shown > total) return setShown(Math.min(total, first));
    if (count >= total) return;
    const timer = setTimeout(() => setShown(Math.min(total, count + step)), 0);
    return () => clearTimeout(timer);
  }, [count, total, first, step, shown]);
  return count;
}
