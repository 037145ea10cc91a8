import type { Return } from '@waypost/client';
import { EndReason } from './EndReason.js';
import { getStageSteps } from './getStageSteps.js';
import { LineItems } from './LineItems.js';
import { ResultHeading } from './ResultHeading.js';
import { ReturnDetails } from './ReturnDetails.js';
import { ShipmentCard } from './ShipmentCard.js';
import { Steps } from './Steps.js';
import { UpdatedAgo } from './UpdatedAgo.js';
import { useWidget } from './useWidget.js';

/**
 * A return (WISMR): RMA, the stage in words and as a stepper (requested → … → refunded or exchanged; rejected,
 * cancelled and expired as end states with their reason), refund, label and QR links, the drop-off deadline,
 * the inbound parcel's timeline and the items coming back.
 *
 * @example <ReturnView value={result.return} />
 */
export function ReturnView({ value }: { value: Return }) {
  const { t } = useWidget();
  const steps = getStageSteps('return', value);
  return (
    <div class="s">
      <div>
        <ResultHeading>{t('return.title', { rma: value.rma })}</ResultHeading>
        <UpdatedAgo />
      </div>
      <section class="c" part="return">
        <h3 class="hl" part="headline">
          {t(`return.stage.${value.stage}`)}
        </h3>
        <Steps label={t('return.progress')} steps={steps.keys.map((key) => t(key))} {...steps} />
        <EndReason ended={steps.ended} reason={value.stageReason} />
        <ReturnDetails value={value} />
      </section>
      {value.shipment ? <ShipmentCard shipment={value.shipment} label={t('return.parcel')} /> : null}
      <LineItems items={value.items} title={t('return.items')} />
    </div>
  );
}
