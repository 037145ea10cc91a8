import type { Exchange, ExchangeStage } from '@waypost/client';
import type { MessageKey } from '../i18n/en.js';
import { EndReason } from './EndReason.js';
import { getStageSteps } from './getStageSteps.js';
import { LineItems } from './LineItems.js';
import { ResultHeading } from './ResultHeading.js';
import { ReturnDetails } from './ReturnDetails.js';
import { ShipmentCard } from './ShipmentCard.js';
import { Steps } from './Steps.js';
import { UpdatedAgo } from './UpdatedAgo.js';
import { useWidget } from './useWidget.js';

/** Stages with a headline of their own; the others read their stage text. */
const HEADLINES: Partial<Record<ExchangeStage, MessageKey>> = {
  return_received: 'exchange.headline.received',
  replacement_shipped: 'exchange.headline.shipped',
  replacement_delivered: 'exchange.headline.delivered',
};

/**
 * An exchange (WISME): one overall headline ("Your replacement is on its way") and stepper, then both legs side
 * by side (stacked when narrow): the return coming back, with its refund, label and parcel, and the replacement
 * going out, with its items and parcel.
 *
 * @example <ExchangeView value={result.exchange} />
 */
export function ExchangeView({ value }: { value: Exchange }) {
  const { t } = useWidget();
  const steps = getStageSteps('exchange', value);
  const rma = value.return;
  const { shipment, items } = value.replacement;
  return (
    <div class="s">
      <div>
        <ResultHeading>{t('exchange.title')}</ResultHeading>
        <UpdatedAgo />
      </div>
      <section class="c" part="exchange">
        <h3 class="hl" part="headline">
          {t(HEADLINES[value.stage] ?? `exchange.stage.${value.stage}`)}
        </h3>
        <Steps label={t('exchange.progress')} steps={steps.keys.map((key) => t(key))} {...steps} />
        <EndReason ended={steps.ended} reason={value.stageReason} />
      </section>
      <div class="lg">
        <section class="s" part="return">
          <h3>{t('exchange.returnLeg')}</h3>
          <p>{`${t('return.title', { rma: rma.rma })} · ${t(`return.stage.${rma.stage}`)}`}</p>
          <ReturnDetails value={rma} />
          {rma.shipment ? <ShipmentCard shipment={rma.shipment} items={rma.items} /> : <LineItems items={rma.items} />}
        </section>
        <section class="s" part="replacement">
          <h3>{t('exchange.replacementLeg')}</h3>
          {shipment ? (
            <ShipmentCard shipment={shipment} items={items} />
          ) : (
            <>
              <p class="m">{t('exchange.notShipped')}</p>
              <LineItems items={items} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
