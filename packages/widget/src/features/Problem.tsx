import { useLayoutEffect, useRef } from 'preact/hooks';
import { Icon } from './shared.js';

/**
 * A flow's error after sending (no connection, expired session, refused input…), read out at once
 * (`role="alert"`) and focused, so that keyboard focus, which was on the button that sent, lands on what went
 * wrong rather than anywhere else; the form stays, and its button works again.
 *
 * @example <Problem text="That didn’t work. Please try again." />
 */
export function Problem({ text }: { text: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus(), [text]);
  if (!text) return null;
  return (
    <div class="bn d" part="banner" role="alert" tabIndex={-1} ref={ref}>
      <Icon name="alert" />
      <p>{text}</p>
    </div>
  );
}
