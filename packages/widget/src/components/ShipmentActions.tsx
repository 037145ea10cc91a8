import type { Shipment } from '@waypost/client';
import { ActionBar } from './ActionBar.js';
import { useWidget } from './useWidget.js';

/**
 * "Need help?" where the question arises: beside a parcel's delay or exception banner, the alerts and
 * report-a-problem entries for that parcel (the report names the shipment and offers only the issue types that
 * fit its state), with the order's number and links as context. It lives in the `actions` module, so the main
 * bundle pays only for asking for it.
 *
 * @example <ShipmentActions shipment={shipment} />
 */
export function ShipmentActions({ shipment }: { shipment: Shipment }) {
  const { store } = useWidget();
  const result = store.result.value;
  const order = result?.kind === 'order' ? result.order : null;
  return (
    <ActionBar
      target={{
        resource: { kind: 'shipment', shipment },
        kind: 'shipment',
        id: shipment.id,
        orderNumber: order?.number,
        links: order?.links ?? {},
      }}
      only={['alerts', 'issue']}
    />
  );
}
