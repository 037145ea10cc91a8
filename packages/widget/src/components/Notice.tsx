import { formatRelative } from '../i18n/formatRelative.js';
import type { WidgetState } from '../state/WidgetState.js';
import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/**
 * Why the last lookup failed, shown above the form: not found, details that do not match (or an expired
 * link), or too many attempts with when to try again (from `Retry-After`).
 *
 * @example <Notice state="rate_limited" />
 */
export function Notice({ state }: { state: WidgetState }) {
  const { t, locale, store } = useWidget();
  let text = '';
  if (state === 'not_found') text = t('state.notFound');
  else if (state === 'verification_failed')
    text = store.linkExpired.value ? t('state.linkExpired') : t('state.verificationFailed');
  else if (state === 'rate_limited') {
    const seconds = store.retryAfter.value;
    text = seconds
      ? t('state.rateLimited', { time: formatRelative(Math.max(seconds, 60) * 1000, locale) })
      : t('state.rateLimitedSoon');
  }
  if (!text) return null;
  return (
    <div class="bn d" part="banner">
      <Icon name="alert" />
      <p>{text}</p>
    </div>
  );
}
