import { formatRelative } from '../i18n/formatRelative.js';
import type { WidgetState } from '../types/WidgetState.js';
import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/**
 * Why the last lookup failed, when no single field is to blame, shown above the form: an expired link, or too
 * many attempts with when to try again (from `Retry-After`).
 *
 * @example <Notice state="rate_limited" />
 */
export function Notice({ state }: { state: WidgetState }) {
  const { t, locale, store } = useWidget();
  let text = '';
  // "Not found" and "does not match" sit under the field they concern (see `LookupForm`).
  if (state === 'verification_failed' && store.linkExpired.value) text = t('state.linkExpired');
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
