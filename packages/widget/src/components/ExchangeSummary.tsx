import type { Exchange } from '@waypost/client';
import { useWidget } from './useWidget.js';

/**
 * A compact card for an exchange: its stage in words and the replacement items. The full exchange view
 * (`ExchangeView`) builds on it.
 *
 * @example <ExchangeSummary value={order.exchanges[0]} />
 */
export function ExchangeSummary({ value }: { value: Exchange }) {
  const { t } = useWidget();
  const items = value.replacement.items.map((item) => item.title).join(', ');
  return (
    <section class="c" part="exchange">
      <div>
        <h3>{t('exchange.title')}</h3>
        <p>{t(`exchange.stage.${value.stage}`)}</p>
        {items ? <p class="m">{items}</p> : null}
      </div>
    </section>
  );
}
