import { formatRelative } from '../i18n/formatRelative.js';
import { useWidget } from './useWidget.js';

/**
 * "Updated 5 minutes ago", from when the record was last read; re-renders as the instance's clock ticks. While
 * live updates reconnect, or once they ended, a second line says the record may be out of date.
 *
 * @example <UpdatedAgo />
 */
export function UpdatedAgo() {
  const { t, locale, store } = useWidget();
  const updatedAt = store.updatedAt.value;
  if (!updatedAt) return null;
  return (
    <>
      <p class="m">{t('common.updated', { time: formatRelative(updatedAt - store.now.value, locale) })}</p>
      {store.stale.value && (
        <p class="m" data-stale="">
          {t(store.stale.value === 'ended' ? 'live.ended' : 'live.stale')}
        </p>
      )}
    </>
  );
}
