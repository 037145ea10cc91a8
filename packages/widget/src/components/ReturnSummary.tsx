import { isHttpUrl, type Return } from '@waypost/client';
import { formatMoney } from '../i18n/formatMoney.js';
import { formatDate } from './formatDate.js';
import { useWidget } from './useWidget.js';

/**
 * A compact card for a return: RMA, stage in words, refund state, drop-off deadline and label link. The full
 * return view (`ReturnView`) builds on it.
 *
 * @example <ReturnSummary value={order.returns[0]} />
 */
export function ReturnSummary({ value }: { value: Return }) {
  const { t, locale, timeZone, emit } = useWidget();
  const { refund } = value;
  const lines = [
    refund ? t(`return.refund.${refund.status}`, { amount: formatMoney(refund.amount, locale) }) : '',
    value.dropOffBy && value.stage !== 'received'
      ? t('return.dropOffBy', { date: formatDate(value.dropOffBy, { locale, timeZone }) })
      : '',
  ].filter(Boolean);
  return (
    <section class="c" part="return">
      <div>
        <h3>{t('return.title', { rma: value.rma })}</h3>
        <p>{t(`return.stage.${value.stage}`)}</p>
        {lines.length ? <p class="m">{lines.join(' · ')}</p> : null}
      </div>
      {isHttpUrl(value.labelUrl) ? (
        <a
          href={value.labelUrl}
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => emit('action', { action: 'open_return_label' })}
        >
          {t('return.label')}
          <span class="vh">{` ${t('common.newTab')}`}</span>
        </a>
      ) : null}
    </section>
  );
}
