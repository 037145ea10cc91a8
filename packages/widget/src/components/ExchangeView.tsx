import type { Exchange } from '@waypost/client';
import { ExchangeSummary } from './ExchangeSummary.js';
import { ResultHeading } from './ResultHeading.js';
import { ReturnSummary } from './ReturnSummary.js';
import { ShipmentCard } from './ShipmentCard.js';
import { UpdatedAgo } from './UpdatedAgo.js';
import { useWidget } from './useWidget.js';

/**
 * An exchange looked up on its own: both legs, the return coming back and the replacement going out. A simple
 * view; a fuller one replaces this component in `ResultView`.
 *
 * @example <ExchangeView value={result.exchange} />
 */
export function ExchangeView({ value }: { value: Exchange }) {
  const { t } = useWidget();
  const replacement = value.replacement.shipment;
  return (
    <div class="s">
      <div>
        <ResultHeading>{t('exchange.title')}</ResultHeading>
        <UpdatedAgo />
      </div>
      <ExchangeSummary value={value} />
      <ReturnSummary value={value.return} />
      {replacement ? <ShipmentCard shipment={replacement} items={value.replacement.items} /> : null}
    </div>
  );
}
