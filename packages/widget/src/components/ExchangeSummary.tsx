import type { Exchange } from '@waypost/client';
import { useContext } from 'preact/hooks';
import { OpenRecordContext } from './OpenRecordContext.js';
import { useWidget } from './useWidget.js';

/**
 * A compact card for an exchange inside its order: its stage in words, the replacement items, and a button
 * that opens the full `ExchangeView` with both legs.
 *
 * @example <ExchangeSummary value={order.exchanges[0]} />
 */
export function ExchangeSummary({ value }: { value: Exchange }) {
  const { t, emit } = useWidget();
  const open = useContext(OpenRecordContext);
  const items = value.replacement.items
    .map((item) => [item.title, item.variant].filter(Boolean).join(', '))
    .join(' · ');
  return (
    <section class="c" part="exchange">
      <div>
        <h3>{t('exchange.title')}</h3>
        <p>{t(`exchange.stage.${value.stage}`)}</p>
        {items ? <p class="m">{items}</p> : null}
      </div>
      {open ? (
        <button
          type="button"
          class="b b2"
          onClick={() => {
            emit('action', { action: 'view_record', kind: 'exchange', id: value.id });
            open({ kind: 'exchange', value });
          }}
        >
          {t('exchange.view')}
        </button>
      ) : null}
    </section>
  );
}
