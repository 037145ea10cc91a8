import type { Ref } from 'preact';
import { formatRelative } from '../i18n/formatRelative.js';
import type { WidgetState } from '../types/WidgetState.js';
import { Icon } from './Icon.js';
import { useWidget } from './useWidget.js';

/**
 * Why the last lookup failed, when no single field is to blame, shown above the form: an expired link, details
 * the server refused without naming a field the form shows, or too many attempts with when to try again (from
 * `Retry-After`: seconds under a minute, then whole minutes rounded up, so it never says to retry too early).
 * Focusable by script (`bannerRef`), for the form to move focus here.
 *
 * @example <Notice state="rate_limited" />
 */
export function Notice({ state, bannerRef }: { state: WidgetState; bannerRef?: Ref<HTMLDivElement> }) {
  const { t, locale, store } = useWidget();
  let text = '';
  // "Not found" and "does not match" sit under the field they concern (see `LookupForm`).
  if (state === 'verification_failed' && store.linkExpired.value) text = t('state.linkExpired');
  else if (state === 'invalid' && store.invalid.value?.general) text = t('state.invalid');
  else if (state === 'rate_limited') {
    const seconds = store.retryAfter.value;
    const wait = seconds && (seconds < 60 ? Math.ceil(seconds) : Math.ceil(seconds / 60) * 60);
    text = wait
      ? t('state.rateLimited', { time: formatRelative(wait * 1000, locale, true) })
      : t('state.rateLimitedSoon');
  }
  if (!text) return null;
  return (
    <div class="bn d" part="banner" tabIndex={-1} ref={bannerRef}>
      <Icon name="alert" />
      <p>{text}</p>
    </div>
  );
}
