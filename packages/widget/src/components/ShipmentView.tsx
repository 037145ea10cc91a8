import type { Shipment } from '@waypost/client';
import { ResultHeading } from './ResultHeading.js';
import { ShipmentCard } from './ShipmentCard.js';
import { UpdatedAgo } from './UpdatedAgo.js';
import { useWidget } from './useWidget.js';

/**
 * A tracking-number lookup: the parcel alone, with no personal data (the model carries none for it).
 *
 * @example <ShipmentView shipment={result.shipment} />
 */
export function ShipmentView({ shipment }: { shipment: Shipment }) {
  const { t } = useWidget();
  return (
    <div class="s">
      <div>
        <ResultHeading>{t('shipment.title', { number: shipment.trackingNumber })}</ResultHeading>
        <UpdatedAgo />
      </div>
      <ShipmentCard shipment={shipment} />
    </div>
  );
}
