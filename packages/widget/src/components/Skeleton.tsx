import { useRef } from 'preact/hooks';
import { useFocusRequest } from './useFocusRequest.js';
import { useWidget } from './useWidget.js';

/**
 * The loading state: grey bars in the shape of a result (so the page does not jump), and a visually hidden
 * "Looking up your order…" for screen readers, which takes focus after the shopper's own lookup (the form it
 * replaced had it): focus never drops to the page's `<body>` while the answer is awaited. The bars pulse unless
 * reduced motion is asked for.
 *
 * @example <Skeleton />
 */
export function Skeleton() {
  const { t } = useWidget();
  const text = useRef<HTMLParagraphElement>(null);
  useFocusRequest(() => text.current);
  return (
    <div class="s" part="skeleton" aria-busy="true">
      <p class="vh" tabIndex={-1} ref={text}>
        {t('state.loading')}
      </p>
      <span class="sk" style={{ width: '40%', height: '28px' }} />
      <span class="sk" style={{ width: '65%' }} />
      <span class="sk" style={{ height: '64px' }} />
      <span class="sk" style={{ width: '80%' }} />
      <span class="sk" style={{ width: '55%' }} />
    </div>
  );
}
