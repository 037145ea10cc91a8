import { isHttpUrl, RETURN_STAGES, type Return } from '@waypost/client';
import { formatMoney } from '../i18n/formatMoney.js';
import { formatDate } from './formatDate.js';
import { getDaysLeft } from './getDaysLeft.js';
import { useWidget } from './useWidget.js';

/**
 * A return's money and paperwork: the refund (amount in its currency with `Intl`, method, pending / issued /
 * failed), and until the parcel is sent, the label and QR-code links (http/https only) and the drop-off deadline
 * with "N days left".
 *
 * @example <ReturnDetails value={rma} />
 */
export function ReturnDetails({ value }: { value: Return }) {
  const { t, locale, timeZone, store, emit } = useWidget();
  const { refund } = value;
  // Until the parcel is in transit the shopper still has to send it (the stages are in order; end states last).
  const toSend = RETURN_STAGES.indexOf(value.stage) < RETURN_STAGES.indexOf('in_transit');
  const days = toSend && value.dropOffBy ? getDaysLeft(value.dropOffBy, store.now.value, timeZone) : null;
  const link = (href: string | undefined, action: 'open_return_label' | 'open_return_qr', text: string) =>
    toSend && isHttpUrl(href) ? (
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        onClick={() => emit('action', { action, kind: 'return', id: value.id })}
      >
        {text}
        <span class="vh">{` ${t('common.newTab')}`}</span>
      </a>
    ) : null;
  return (
    <div class="s">
      {refund ? (
        <p class={refund.status === 'failed' ? 'e' : undefined}>
          {/* Money an exchange covers was never paid out: it is not "issued" (nor pending), only covered. */}
          {refund.method === 'exchange'
            ? formatMoney(refund.amount, locale)
            : t(`return.refund.${refund.status}`, { amount: formatMoney(refund.amount, locale) })}
          <span class="m">{` · ${t(`return.method.${refund.method}`)}`}</span>
        </p>
      ) : null}
      {toSend && value.dropOffBy ? (
        <p>
          {t('return.dropOffBy', { date: formatDate(value.dropOffBy, { locale, timeZone }, 'weekday') })}
          {days !== null ? (
            <strong>
              {` · ${days > 0 ? t('return.daysLeft', { count: days }) : days === 0 ? t('return.lastDay') : t('return.deadlinePassed')}`}
            </strong>
          ) : null}
        </p>
      ) : null}
      <p class="row">
        {link(value.labelUrl, 'open_return_label', t('return.label'))}
        {link(value.qrCodeUrl, 'open_return_qr', t('return.qr'))}
      </p>
    </div>
  );
}
