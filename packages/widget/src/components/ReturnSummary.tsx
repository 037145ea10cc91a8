import type { Return } from '@waypost/client';
import { useContext } from 'preact/hooks';
import { formatMoney } from '../i18n/formatMoney.js';
import { formatDate } from './formatDate.js';
import { OpenRecordContext } from './OpenRecordContext.js';
import { useWidget } from './useWidget.js';

/**
 * A compact card for a return inside its order: RMA, stage in words, refund state and drop-off deadline, and a
 * button that opens the full `ReturnView`.
 *
 * @example <ReturnSummary value={order.returns[0]} />
 */
export function ReturnSummary({ value }: { value: Return }) {
  const { t, locale, timeZone, emit } = useWidget();
  const open = useContext(OpenRecordContext);
  const { refund } = value;
  const lines = [
    t('common.updated', { time: formatDate(value.updatedAt ?? value.createdAt, { locale, timeZone }) }),
    refund && refund.method !== 'exchange'
      ? t(`return.refund.${refund.status}`, { amount: formatMoney(refund.amount, locale) })
      : '',
    value.dropOffBy && (value.stage === 'approved' || value.stage === 'label_created')
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
      {open ? (
        <button
          type="button"
          class="b b2"
          onClick={() => {
            emit('action', { action: 'view_record', kind: 'return', id: value.id });
            open({ kind: 'return', value });
          }}
        >
          {t('return.view')} <span class="vh">{value.rma}</span>
        </button>
      ) : null}
    </section>
  );
}
