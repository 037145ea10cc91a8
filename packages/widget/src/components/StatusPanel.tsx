import { useRef } from 'preact/hooks';
import { Icon } from './Icon.js';
import { useFocusRequest } from './useFocusRequest.js';
import { useWidget } from './useWidget.js';

/**
 * Offline and error states: what happened in plain words and a retry button. Offline also retries by itself when
 * the browser comes back online; `unreachable` (no answer while online) says the connection failed, or that the
 * store took too long to answer, rather than blaming the server. After the shopper's own lookup or retry, focus
 * lands on the message; "Track another order" brings back the form with what they typed, focus on its first field.
 *
 * @example <StatusPanel state="offline" />
 */
export function StatusPanel({
  state,
  unreachable,
}: {
  state: 'offline' | 'error';
  unreachable?: 'network' | 'timeout' | false;
}) {
  const { t, controller, emit } = useWidget();
  const banner = useRef<HTMLDivElement>(null);
  useFocusRequest(() => banner.current);
  return (
    <div class="s">
      <div class="bn d" part="banner" tabIndex={-1} ref={banner}>
        <Icon name="alert" />
        <p>{t(state === 'offline' ? 'state.offline' : unreachable ? `state.${unreachable}` : 'state.error')}</p>
      </div>
      <div class="row">
        <button
          type="button"
          class="b"
          part="button"
          onClick={() => {
            emit('action', { action: 'retry' });
            void controller.refresh(true);
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
            controller.requestFocus();
          }}
        >
          {t('state.newLookup')}
        </button>
      </div>
    </div>
  );
}
