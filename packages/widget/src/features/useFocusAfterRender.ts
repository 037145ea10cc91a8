import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * Moves focus inside a panel once the render that a shopper's action causes is on screen: the element a step
 * change brings (its heading) or the first field an error marks (`aria-invalid`), which does not exist, or is not
 * marked yet, while the event that caused it runs. Returns the ref for the panel's root and `focus(selector)`, which
 * always renders again, so that asking twice for the same state still moves focus.
 *
 * @example const [root, focus] = useFocusAfterRender(); focus('[aria-invalid="true"]')
 */
export function useFocusAfterRender<T extends HTMLElement = HTMLFormElement>(): [
  RefObject<T>,
  (selector: string) => void,
] {
  const root = useRef<T>(null);
  const wanted = useRef('');
  const [, render] = useState(0);
  useLayoutEffect(() => {
    if (wanted.current) root.current?.querySelector<HTMLElement>(wanted.current)?.focus();
    wanted.current = '';
  });
  return [
    root,
    (selector) => {
      wanted.current = selector;
      render((count) => count + 1);
    },
  ];
}
