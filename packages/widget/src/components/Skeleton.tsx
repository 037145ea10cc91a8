import { useWidget } from './useWidget.js';

/**
 * The loading state: grey bars in the shape of a result (so the page does not jump), and a visually hidden
 * "Looking up your order…" for screen readers. The bars pulse unless reduced motion is asked for.
 *
 * @example <Skeleton />
 */
export function Skeleton() {
  const { t } = useWidget();
  return (
    <div class="s" part="skeleton" aria-busy="true">
      <p class="vh">{t('state.loading')}</p>
      <span class="sk" style={{ width: '40%', height: '28px' }} />
      <span class="sk" style={{ width: '65%' }} />
      <span class="sk" style={{ height: '64px' }} />
      <span class="sk" style={{ width: '80%' }} />
      <span class="sk" style={{ width: '55%' }} />
    </div>
  );
}
