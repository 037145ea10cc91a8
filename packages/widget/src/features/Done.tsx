import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { Icon, useWidget } from './shared.js';

/**
 * A flow's confirmation: announced through the live region and focused (so keyboard and screen-reader users
 * land on it), with whatever follows (a reference, a label link).
 *
 * @example <Done text="Alerts are on." />
 */
export function Done({ text, children }: { text: string; children?: ComponentChildren }) {
  const { controller } = useWidget();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    controller.announce(text);
    ref.current?.focus();
  }, [text]);
  return (
    <div class="bn g" part="banner" ref={ref} tabIndex={-1}>
      <Icon name="check" />
      <div class="s">
        <p>
          <strong>{text}</strong>
        </p>
        {children}
      </div>
    </div>
  );
}
