import type { Return } from '@waypost/client';
import { LineItems } from './LineItems.js';
import { ResultHeading } from './ResultHeading.js';
import { ReturnSummary } from './ReturnSummary.js';
import { ShipmentCard } from './ShipmentCard.js';
import { UpdatedAgo } from './UpdatedAgo.js';
import { useWidget } from './useWidget.js';

/**
 * A return looked up on its own: summary, the parcel on its way back, and the items. A simple view; a fuller
 * one replaces this component in `ResultView` without touching the rest.
 *
 * @example <ReturnView value={result.return} />
 */
export function ReturnView({ value }: { value: Return }) {
  const { t } = useWidget();
  return (
    <div class="s">
      <div>
        <ResultHeading>{t('return.title', { rma: value.rma })}</ResultHeading>
        <UpdatedAgo />
      </div>
      <ReturnSummary value={value} />
      {value.shipment ? <ShipmentCard shipment={value.shipment} /> : null}
      <LineItems items={value.items} />
    </div>
  );
}
