import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/**
 * Offline and server-error states: what happened in plain words and a retry button. Offline also retries by
 * itself when the browser comes back online.
 *
 * @example <StatusPanel state="offline" />
 */
export function StatusPanel({ state }: { state: 'offline' | 'error' }) {
  const { t, controller, emit } = useWidget();
  return (
    <div class="s">
      <div class="bn d" part="banner">
        <Icon name="alert" />
        <p>{t(state === 'offline' ? 'state.offline' : 'state.error')}</p>
      </div>
      <div class="row">
        <button
          type="button"
          class="b"
          part="button"
          onClick={() => {
            emit('action', { action: 'retry' });
            void controller.refresh();
          }}
        >
          {t('common.retry')}
        </button>
        <button
          type="button"
          class="b b2"
          onClick={() => {
            emit('action', { action: 'new_lookup' });
            controller.reset();
          }}
        >
          {t('state.newLookup')}
        </button>
      </div>
    </div>
  );
}
